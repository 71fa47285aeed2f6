/**
 * A value that is worth showing only once it stops changing: `current` is `read()`'s value after
 * it has rested for `ms`, and null at once whenever it changes (never a stale value). What it
 * guards is extra, not the picture itself: e.g. the buttons over the copies on the wire, which
 * nobody can click while dragging the time slider, and whose rebuilding cost about an eighth of
 * a scrubbing frame (tests/perf/frame-cost.mjs). `now()` may skip the wait (e.g. while keyboard
 * focus is on one of those buttons).
 * `kept` is the last value that rested, kept while `current` is null: a view can hide what it
 * built from it instead of tearing it down in the frame that moved, and update it in place once
 * the value rests again.
 * Create it while a component initialises: it runs an effect.
 */
export class Resting<T> {
	current = $state.raw<T | null>(null);
	kept = $state.raw<T | null>(null);

	constructor(read: () => T | null, ms: number, now: () => boolean = () => false) {
		$effect(() => {
			const value = read();
			if (value === null || now()) {
				this.#rest(value);
				return;
			}
			this.current = null;
			const timer = setTimeout(() => this.#rest(value), ms);
			return () => clearTimeout(timer);
		});
	}

	#rest(value: T | null) {
		this.current = value;
		if (value !== null) this.kept = value;
	}
}
