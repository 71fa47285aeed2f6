/** Display helpers shared by the panels: values as compact JSON, a dash for nothing. */

/** Compact JSON (`{"amount":5}`), or an em dash for undefined. */
export function compact(value: unknown): string {
	if (value === undefined) return '—';
	return JSON.stringify(value) ?? String(value);
}

/** Readable multi-line JSON for a folded state. */
export function pretty(value: unknown): string {
	return JSON.stringify(value, null, 2) ?? String(value);
}

/** The last `limit` items, and how many were left out before them. */
export function lastOf<T>(
	items: readonly T[],
	limit: number
): { shown: readonly T[]; hidden: number } {
	const hidden = Math.max(0, items.length - limit);
	return { shown: hidden ? items.slice(hidden) : items, hidden };
}
