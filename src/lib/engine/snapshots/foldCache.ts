/**
 * What a load computes, as opposed to what it models. A load MODELS replaying the events after
 * its snapshot (or all of them) and is counted so (`eventsReplayed`, the trace); computing that
 * replay on every load made a run of n commands on one stream without snapshots cost n²/2 evolves
 * (a 200,000-tick run never finished). Instead a load goes on from a fold of the same stream that
 * an earlier load made: the latest one, or one of the folds kept every `foldPointEvery` versions
 * (so a seek, which replays from an earlier checkpoint, also finds one nearby).
 *
 * The state is the same as the modelled replay's because the log is append-only (version v of a
 * stream is the same event in every replay of the run), `evolve` is pure, and a snapshot holds
 * the fold of its stream up to its version. properties.spec.ts checks it against a full replay.
 */
import type { EngineDecider } from '../domains/decider';
import { foldStream } from '../eventStore/eventStore';
import type { Logs } from '../run/world';

export interface Fold {
	readonly version: number;
	readonly state: unknown;
}

export interface StreamFolds {
	latest: Fold;
	/** Folds at multiples of foldPointEvery that loads went past, by version / foldPointEvery. */
	readonly points: Map<number, Fold>;
}

export const foldPointEvery = 1024;

/** The fold to go on from: the latest at or below `version` and at or above `from`, if any. */
function nearest(folds: StreamFolds | undefined, from: number, version: number): Fold | null {
	if (!folds) return null;
	if (folds.latest.version >= from && folds.latest.version <= version) return folds.latest;
	for (let k = Math.floor(version / foldPointEvery); k * foldPointEvery >= from && k > 0; k--) {
		const point = folds.points.get(k);
		if (point) return point;
	}
	return null;
}

/** The stream's state at `version`, the modelled replay being from `from` with `start`. */
export function foldFrom(
	cache: Map<string, StreamFolds>,
	logs: Pick<Logs, 'byStream'>,
	evolve: EngineDecider['evolve'],
	streamId: string,
	from: number,
	version: number,
	start: unknown
): unknown {
	let folds = cache.get(streamId);
	let at = nearest(folds, from, version) ?? { version: from, state: start };
	if (!folds) cache.set(streamId, (folds = { latest: at, points: new Map() }));
	// Fold by way of each point on the way, keeping the ones not kept yet, then to `version`.
	for (let k = Math.floor(at.version / foldPointEvery) + 1; k * foldPointEvery <= version; k++) {
		const v = k * foldPointEvery;
		at = { version: v, state: foldStream(logs, streamId, at.version, v, at.state, evolve) };
		if (!folds.points.has(k)) folds.points.set(k, at);
	}
	const state = foldStream(logs, streamId, at.version, version, at.state, evolve);
	folds.latest = { version, state };
	return state;
}
