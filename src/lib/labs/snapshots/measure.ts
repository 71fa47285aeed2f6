/**
 * Timing the snapshot lab's loads in this browser. The clock is passed in (the worker passes
 * `performance.now`, specs a fake one), so the logic is testable and the engine stays clock-free.
 * Browsers coarsen timers (to 0.1 ms or more), so one run repeats loads until it has taken at
 * least `minRunMs`, and the reported time per load is the MEDIAN over several runs.
 */
import {
	checkSnapshotLaw,
	labSnapshots,
	type LawCheck,
	loadAt,
	type Logs,
	replayCost,
	type ReplayCost,
	replayedAt,
	sampleVersions,
	type Storage,
	storageOf
} from '$lib/engine';

export type Clock = () => number;

export interface TimingOptions {
	/** Timed runs; the median is reported. */
	runs: number;
	/** Each run repeats loads until at least this long has passed. */
	minRunMs: number;
	/** Versions a run loads at, spread over the stream. */
	loadsPerRound: number;
}

export const defaultTiming: TimingOptions = { runs: 7, minRunMs: 8, loadsPerRound: 32 };

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
	/** Median milliseconds per load. */
	msPerLoad: number;
	/** Each run's milliseconds per load. */
	runsMsPerLoad: number[];
	loads: number;
	/** Folds the value into a checksum so the JIT cannot skip the work. */
	checksum: number;
}

/** Times `load(version)` over `versions`, repeated until each run lasts `minRunMs`. */
export function timeLoads(
	load: (version: number) => { value: number },
	versions: readonly number[],
	clock: Clock,
	options: TimingOptions
): Timing {
	const runsMsPerLoad: number[] = [];
	let checksum = 0;
	let loads = 0;
	// One untimed run first, so the JIT has compiled this load path before the clock starts.
	for (let r = -1; r < options.runs; r++) {
		let count = 0;
		const start = clock();
		let elapsed: number;
		do {
			for (const v of versions) checksum = (checksum + load(v).value) | 0;
			count += versions.length;
			elapsed = clock() - start;
		} while (elapsed < options.minRunMs);
		if (r < 0) continue;
		runsMsPerLoad.push(elapsed / count);
		loads += count;
	}
	return { msPerLoad: median(runsMsPerLoad), runsMsPerLoad, loads, checksum };
}

export interface CellResult {
	length: number;
	/** Snapshot every N events; 0 = none. */
	interval: number;
	replay: ReplayCost;
	/** Mean events replayed by the loads actually timed (close to replay.meanPerLoad). */
	sampledReplay: number;
	timing: Timing;
	storage: Storage;
	check: LawCheck | null;
}

/** Measures one (stream length, snapshot interval) cell on the given stream. */
export function measureCell(
	logs: Logs,
	interval: number,
	clock: Clock,
	options: TimingOptions = defaultTiming
): CellResult {
	const length = logs.events.length;
	const snapshots = labSnapshots(logs, interval);
	const versions = sampleVersions(length, Math.min(length, options.loadsPerRound));
	const timing = timeLoads((v) => loadAt(logs, snapshots, interval, v), versions, clock, options);
	const sampled = versions.reduce((s, v) => s + replayedAt(v, interval), 0) / versions.length;
	return {
		length,
		interval,
		replay: replayCost(length, interval),
		sampledReplay: sampled,
		timing,
		storage: storageOf(logs.events, snapshots),
		check: checkSnapshotLaw(logs, snapshots, interval)
	};
}
