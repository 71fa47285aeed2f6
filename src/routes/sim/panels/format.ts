/** Display helpers shared by the panels: values as compact JSON, a dash for nothing. */

/**
 * Compact JSON (`{"amount":5}`), a space after each comma between members so that a narrow
 * column wraps there (`{"sku":"apple", "qty":3}`, still JSON), or an em dash for undefined.
 */
export function compact(value: unknown): string {
	if (value === undefined) return '—';
	return spaced(value) ?? String(value);
}

/** JSON.stringify's output (undefined where it gives none), with ", " between members. */
function spaced(value: unknown): string | undefined {
	if (Array.isArray(value)) return `[${value.map((v) => spaced(v) ?? 'null').join(', ')}]`;
	if (value !== null && typeof value === 'object' && !('toJSON' in value)) {
		const members: string[] = [];
		for (const [key, v] of Object.entries(value)) {
			const json = spaced(v);
			if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
		}
		return `{${members.join(', ')}}`;
	}
	return JSON.stringify(value);
}

/**
 * An event type with a break opportunity (a zero-width space) between its words, so that a
 * narrow column wraps `ProductListed` as "Product / Listed" rather than "ProductL / isted".
 */
export function typeWithBreaks(type: string): string {
	return type.replace(/([a-z0-9])(?=[A-Z])/g, '$1\u200b');
}

/** A read-model row as compact JSON with its keys sorted, so that model and truth read alike. */
export function compactRow(value: unknown): string {
	return compact(sortedDeep(value));
}

function sortedDeep(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) return value.map(sortedDeep);
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(value).sort())
		Object.defineProperty(out, key, {
			value: sortedDeep((value as Record<string, unknown>)[key]),
			enumerable: true
		});
	return out;
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
