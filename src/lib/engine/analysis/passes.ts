/**
 * Analyses that take one pass over a whole run's trace (when did a read model stop being a fold,
 * where did each invariant first break) are computed once per run and kept. A long run's pass
 * takes a fifth of a second: the first seek that needed one stalled the page. So a pass is a
 * generator that stops every few thousand records, and it can be run ahead, a step at a time
 * between frames, right after the run is shown (see `prepareRun`); if a seek needs it first, it is
 * finished there and then, from where it got to. Either way it is the same pass with one result.
 */
import type { Run } from '../simulation/timeline';

/** A pass: yields between steps, returns its result. */
export type Pass<T> = Generator<void, T, void>;

/** Trace records a pass reads between two steps: about a millisecond's work. */
export const recordsPerStep = 2048;

interface Entry<T> {
	pass: Pass<T> | null;
	value: T | undefined;
}

/** The results of one kind of pass, per run and key (a consumer, or '' for the whole run). */
export class PassResults<T> {
	readonly #runs = new WeakMap<Run, Map<string, Entry<T>>>();
	readonly #start: (run: Run, key: string) => Pass<T>;

	constructor(start: (run: Run, key: string) => Pass<T>) {
		this.#start = start;
	}

	/** The result, the rest of its pass done now if it was not done ahead. */
	get(run: Run, key = ''): T {
		const entry = this.#entry(run, key);
		while (entry.pass) advance(entry);
		return entry.value as T;
	}

	/** Whether the pass is done (ahead or on demand). */
	has(run: Run, key = ''): boolean {
		return this.#runs.get(run)?.get(key)?.pass === null;
	}

	/** The pass a step at a time, to run it ahead; nothing left if it is done. */
	*ahead(run: Run, key = ''): Generator<void, void, void> {
		const entry = this.#entry(run, key);
		while (entry.pass) {
			advance(entry);
			if (entry.pass) yield;
		}
	}

	#entry(run: Run, key: string): Entry<T> {
		let perRun = this.#runs.get(run);
		if (!perRun) this.#runs.set(run, (perRun = new Map()));
		let entry = perRun.get(key);
		if (!entry) perRun.set(key, (entry = { pass: this.#start(run, key), value: undefined }));
		return entry;
	}
}

function advance<T>(entry: Entry<T>): void {
	const step = entry.pass!.next();
	if (step.done) {
		entry.value = step.value;
		entry.pass = null;
	}
}
