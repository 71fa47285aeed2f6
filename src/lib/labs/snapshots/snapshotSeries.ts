/**
 * The snapshot lab's chart series and CSV rows, from the measured cells (and, for the replay
 * count, straight from the load path's rule, which needs no measurement).
 */
import { labSnapshotIntervals, labStreamLengths, replayCost } from '$lib/engine';
import type { Series } from '$lib/charts/axes';
import type { CsvValue } from '../csv';
import type { CellResult } from './measure';

export type IntervalLabel = (interval: number) => string;

const seriesOf = (
	label: IntervalLabel,
	point: (interval: number, length: number) => number | undefined
): Series[] =>
	labSnapshotIntervals.map((interval) => ({
		id: `every-${interval}`,
		label: label(interval),
		points: labStreamLengths.flatMap((length) => {
			const y = point(interval, length);
			return y === undefined ? [] : [{ x: length, y }];
		})
	}));

export const replaySeries = (label: IntervalLabel): Series[] =>
	seriesOf(label, (k, n) => replayCost(n, k).meanPerLoad);

const find = (cells: readonly CellResult[], k: number, n: number) =>
	cells.find((c) => c.interval === k && c.length === n);

export const timeSeries = (cells: readonly CellResult[], label: IntervalLabel): Series[] =>
	seriesOf(label, (k, n) => find(cells, k, n)?.timing.msPerLoad);

/**
 * Storage in bytes: the events (the same whatever the interval) and, apart, each interval's
 * snapshots, so the small snapshot overhead is visible on the log scale instead of hidden in a sum.
 */
export function storageSeries(
	cells: readonly CellResult[],
	label: IntervalLabel,
	eventsLabel: string
): Series[] {
	const events: Series = {
		id: 'events',
		label: eventsLabel,
		points: labStreamLengths.flatMap((n) => {
			const s = find(cells, 0, n)?.storage ?? cells.find((c) => c.length === n)?.storage;
			return s ? [{ x: n, y: s.eventBytes }] : [];
		})
	};
	const snapshots = seriesOf(label, (k, n) => find(cells, k, n)?.storage.snapshotBytes);
	return [events, ...snapshots.slice(1)];
}

export const csvHeader = [
	'stream_length_events',
	'snapshot_every_events',
	'replayed_per_load_mean',
	'replayed_per_load_worst',
	'replayed_latest_load',
	'time_per_load_ms_median',
	'timed_loads',
	'event_records',
	'event_bytes',
	'snapshot_records',
	'snapshot_bytes',
	'law_holds'
] as const;

export const csvRows = (cells: readonly CellResult[]): CsvValue[][] =>
	cells.map((c) => [
		c.length,
		c.interval,
		c.replay.meanPerLoad,
		c.replay.worstPerLoad,
		c.replay.latestLoad,
		c.timing.msPerLoad,
		c.timing.loads,
		c.storage.eventRecords,
		c.storage.eventBytes,
		c.storage.snapshotRecords,
		c.storage.snapshotBytes,
		c.check ? c.check.holds : null
	]);

/** Per stream length, the law check over the longest tail (the largest interval that has one). */
export function lawChecks(cells: readonly CellResult[]): CellResult[] {
	const byLength = new Map<number, CellResult>();
	for (const c of cells) {
		if (!c.check) continue;
		const seen = byLength.get(c.length);
		if (!seen || c.interval > seen.interval) byLength.set(c.length, c);
	}
	return [...byLength.values()].sort((a, b) => a.length - b.length);
}
