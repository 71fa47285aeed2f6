/**
 * Keys for the rows of a window onto an append-only log (the event-store table shows the last rows
 * at the cursor) that let a keyed `{#each}` reuse its rows when the window jumps.
 *
 * A row's key is the record's index in the log minus an offset.
 * - While the window scrolls (the new window overlaps the old one: stepping, playing), the offset
 *   stays: every record keeps its row, and only rows at the edges come and go.
 * - When the window jumps (a seek far away, another stream), the offset moves so that the new rows
 *   take the old rows' keys: the table keeps its `<tr>`s and only their text changes. The browser
 *   lays that out in about half the time of new rows, and Svelte skips building them
 *   (tests/perf/seek.mjs).
 */
export interface LogWindow {
	/** Which log the window is on (a jump to another log reuses rows like a far seek). */
	readonly log: string;
	/** The index in the log of the window's first row. */
	readonly first: number;
	readonly count: number;
}

/** Returns `offsetFor(window)`: key a row at log index `i` as `i - offset`. Remembers the last window. */
export function rowKeys(): (window: LogWindow) => number {
	let last: (LogWindow & { offset: number }) | null = null;
	return (window) => {
		let offset = 0;
		if (last !== null) {
			const overlaps =
				window.log === last.log &&
				window.first < last.first + last.count &&
				last.first < window.first + window.count;
			offset = overlaps ? last.offset : window.first - last.first + last.offset;
		}
		last = { ...window, offset };
		return offset;
	};
}
