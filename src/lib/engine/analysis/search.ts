/** Binary search over ascending arrays, for prefix counts of the append-only trace. */

/** Index of the first element >= x in an ascending array: also how many elements are below x. */
export function insertionPoint(sorted: readonly number[], x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
