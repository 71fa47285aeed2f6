/**
 * When is a consumer's read model the fold of what it has applied? The invariant "read model =
 * fold of the store" needs the answer at whatever tick the cursor is on, and folding every applied
 * event again on each seek costs milliseconds in a long run. So one pass over the trace, once per
 * run and consumer (run ahead, see passes.ts), records the trace indices where the answer flips;
 * any cursor is then a binary search.
 *
 * The pass keeps two states side by side:
 * - M, the model: the consumer's applies replayed in trace order, repeats included;
 * - F, the fold: each applied event once, each stream in version order. The projections commute
 *   across streams (a law in projections/index.spec.ts), so any interleaving of the streams gives
 *   the store-order fold. An event that arrives after a later one of its stream is slotted in
 *   before it, and F is refolded from the nearest checkpoint: reordering on a network is local,
 *   so this is a short replay.
 * and the set of rows where they differ, updated only at the rows each apply changed.
 */
import type { StoredEvent } from '../eventStore/types';
import { sameState } from '../readSide/truth';
import type { Run } from '../simulation/timeline';
import { PassResults, recordsPerStep, type Pass } from './passes';
import { insertionPoint } from './search';

/** Entries of F's sequence between checkpoints (a refold replays at most about this many). */
const checkpointEvery = 128;

const clone = (state: unknown): unknown => JSON.parse(JSON.stringify(state));

export interface FoldTimeline {
	/**
	 * Trace indices after which "the model is the fold of what it applied" changes, ascending.
	 * It holds before the first (an empty model is the fold of nothing), fails after it, and so on.
	 */
	readonly flips: readonly number[];
	/** What the apply at the first flip was: a repeat, an event after a later one of its stream,
	 * or neither (a difference hidden in the working state that only then showed). */
	readonly firstBreak: 'repeat' | 'late' | null;
}

/** Per run and consumer. */
export const foldTimelines = new PassResults<FoldTimeline>(timelinePass);

export function foldTimeline(run: Run, consumer: string): FoldTimeline {
	return foldTimelines.get(run, consumer);
}

/** Is the consumer's model the fold of what it applied, after the first `traceLength` records? */
export function isFoldAt(run: Run, consumer: string, traceLength: number): boolean {
	const { flips } = foldTimeline(run, consumer);
	return insertionPoint(flips, traceLength) % 2 === 0;
}

function* timelinePass(run: Run, consumer: string): Pass<FoldTimeline> {
	const projection = run.ctx.projectionOf[consumer];
	const options = run.ctx.projectionOptions;
	const events = run.logs.events;
	const model = projection.init();
	let fold = projection.init();
	/** F's sequence (positions), the rows each entry's apply changed, and checkpoints of F. */
	const sequence: number[] = [];
	const changed: string[][] = [];
	let checkpoints: { at: number; state: unknown }[] | null = null;
	const applied = new Set<number>();
	const lastInStream = new Map<string, number>();
	const differing = new Set<string>();
	const recheck = (keys: Iterable<string>) => {
		for (const key of keys) {
			if (sameState(projection.row(model, key, options), projection.row(fold, key, options)))
				differing.delete(key);
			else differing.add(key);
		}
	};
	const eventAt = (position: number): StoredEvent => events[position - 1];

	/** Slots a late event before the first later one of its stream, and refolds from there. */
	function insertLate(position: number): Iterable<string> {
		const stream = eventAt(position).streamId;
		let at = sequence.length;
		for (let i = sequence.length - 1; i >= 0; i--) {
			const other = eventAt(sequence[i]);
			if (other.streamId !== stream) continue;
			if (sequence[i] < position) break;
			at = i;
		}
		// Checkpoints start with the first late event: until then nothing is ever refolded.
		checkpoints ??= [{ at: 0, state: projection.init() }];
		while (checkpoints.length > 1 && checkpoints[checkpoints.length - 1].at > at) checkpoints.pop();
		const from = checkpoints[checkpoints.length - 1];
		const touched = new Set<string>();
		for (let i = from.at; i < sequence.length; i++) for (const k of changed[i]) touched.add(k);
		sequence.splice(at, 0, position);
		changed.splice(at, 0, []);
		fold = clone(from.state);
		for (let i = from.at; i < sequence.length; i++) {
			if (i > from.at && i % checkpointEvery === 0) checkpoints.push({ at: i, state: clone(fold) });
			changed[i] = projection.apply(fold, eventAt(sequence[i]), options);
			for (const k of changed[i]) touched.add(k);
		}
		return touched;
	}

	function append(position: number): Iterable<string> {
		const keys = projection.apply(fold, eventAt(position), options);
		sequence.push(position);
		changed.push(keys);
		if (checkpoints && sequence.length % checkpointEvery === 0)
			checkpoints.push({ at: sequence.length, state: clone(fold) });
		return keys;
	}

	const flips: number[] = [];
	let firstBreak: FoldTimeline['firstBreak'] = null;
	let isFold = true;
	const trace = run.logs.trace;
	for (let traceIndex = 0; traceIndex < trace.length; traceIndex++) {
		if (traceIndex % recordsPerStep === recordsPerStep - 1) yield;
		const r = trace[traceIndex];
		if (r.type !== 'EventApplied' || r.consumer !== consumer) continue;
		const event = eventAt(r.position);
		recheck(projection.apply(model, event, options));
		let kind: FoldTimeline['firstBreak'] = 'repeat';
		if (!applied.has(r.position)) {
			applied.add(r.position);
			const last = lastInStream.get(event.streamId) ?? 0;
			lastInStream.set(event.streamId, Math.max(last, r.position));
			kind = r.position > last ? null : 'late';
			recheck(kind === null ? append(r.position) : insertLate(r.position));
		}
		const now = differing.size === 0;
		if (now !== isFold) {
			if (flips.length === 0) firstBreak = kind;
			flips.push(traceIndex);
			isFold = now;
		}
	}
	return { flips, firstBreak };
}
