/**
 * Sorted keys of a record, fast when asked again and again for nearly the same keys: the views of
 * a long run hold thousands of rows (one per stream), and the sandbox builds several views per
 * frame while scrubbing. Sorting 5,000 keys costs milliseconds; successive views share almost
 * all their keys. So large key sets are merged into one remembered sorted list, the "universe",
 * and a view's order is that list filtered to its own keys: O(n) plus sorting only the new keys.
 *
 * The cache changes how fast, never what: the result is always `Object.keys(rows).sort(compareKeys)`
 * (a property test holds it to that).
 */

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Below this many keys a plain sort is as cheap as the bookkeeping. */
const smallSet = 64;

let universe: string[] = [];
let known = new Set<string>();

function remember(sorted: string[]): void {
	universe = sorted;
	known = new Set(sorted);
}

/** Merges sorted `fresh` keys (none of them known) into the universe. */
function mergeIn(fresh: string[]): void {
	const merged: string[] = new Array(universe.length + fresh.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < universe.length && j < fresh.length)
		merged[k++] = compareKeys(universe[i], fresh[j]) < 0 ? universe[i++] : fresh[j++];
	while (i < universe.length) merged[k++] = universe[i++];
	while (j < fresh.length) merged[k++] = fresh[j++];
	for (const key of fresh) known.add(key);
	universe = merged;
}

/** A record's keys in code-unit order. */
export const sortedKeys = (rows: Readonly<Record<string, unknown>>): string[] =>
	sortKeys(Object.keys(rows));

/** Distinct `keys` in code-unit order: `keys` itself sorted in place when few, else a new array. */
export function sortKeys(keys: string[]): string[] {
	if (keys.length < smallSet) return keys.sort(compareKeys);
	// Keys of another run (or a shrunk one) would make every filter pass long: start afresh.
	if (universe.length > 4 * keys.length + 1024) {
		remember(keys.sort(compareKeys));
		return universe.slice();
	}
	const fresh = keys.filter((key) => !known.has(key));
	if (fresh.length > 0) mergeIn(fresh.sort(compareKeys));
	if (universe.length === keys.length) return universe.slice();
	const wanted = new Set(keys);
	return universe.filter((key) => wanted.has(key));
}
