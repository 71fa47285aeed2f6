/**
 * The marks under the time slider: the scenario's faults, the user's interventions, and the
 * notable moments of the whole run (conflicts, lost messages, crashes, stale reads, events the
 * dual write never published), binned to the slider's width so that a 10,000-tick run draws a
 * few hundred marks, not tens of thousands.
 */
import type { Run } from '$lib/engine';

export type TimelineMarkKind =
	'fault' | 'intervention' | 'conflict' | 'drop' | 'crash' | 'stale' | 'publishLost';

/** Top to bottom: the lanes of the strip under the slider. */
const timelineLanes: readonly TimelineMarkKind[] = [
	'intervention',
	'fault',
	'crash',
	'conflict',
	'drop',
	'publishLost',
	'stale'
];

export interface TimelineMark {
	readonly kind: TimelineMarkKind;
	/** The first tick in this bin with such a moment. */
	readonly tick: number;
	/** How many such moments fall in this bin. */
	readonly count: number;
}

/** Every notable moment of a run, one entry per (tick, kind), in tick order. */
export function notableMoments(run: Run): { tick: number; kind: TimelineMarkKind }[] {
	const moments: { tick: number; kind: TimelineMarkKind }[] = [];
	for (const f of run.scenario.faults) moments.push({ tick: f.at, kind: 'fault' });
	for (const i of run.scenario.interventions) moments.push({ tick: i.at, kind: 'intervention' });
	for (const r of run.logs.trace) {
		switch (r.type) {
			case 'AppendConflict':
				moments.push({ tick: r.t, kind: 'conflict' });
				break;
			case 'MessageLost':
				moments.push({ tick: r.t, kind: 'drop' });
				break;
			case 'NodeCrashed':
			case 'RelayCrashed':
				moments.push({ tick: r.t, kind: 'crash' });
				break;
			case 'PublishLost':
				moments.push({ tick: r.t, kind: 'publishLost' });
				break;
			case 'QueryAnswered':
				if (r.stale) moments.push({ tick: r.t, kind: 'stale' });
				break;
		}
	}
	return moments.sort((a, b) => a.tick - b.tick);
}

/**
 * Moments binned into `bins` equal slices of [0, ticks]: at most one mark per (bin, kind),
 * carrying the first tick and the count.
 */
export function binMoments(
	moments: readonly { tick: number; kind: TimelineMarkKind }[],
	ticks: number,
	bins: number
): TimelineMark[] {
	const width = Math.max(1, ticks + 1) / Math.max(1, Math.floor(bins));
	const byKey = new Map<string, { kind: TimelineMarkKind; tick: number; count: number }>();
	for (const m of moments) {
		const key = `${m.kind}:${Math.floor(m.tick / width)}`;
		const mark = byKey.get(key);
		if (mark) {
			mark.count++;
			mark.tick = Math.min(mark.tick, m.tick);
		} else byKey.set(key, { kind: m.kind, tick: m.tick, count: 1 });
	}
	return [...byKey.values()].sort((a, b) => a.tick - b.tick);
}

/** One hit target under the slider: the marks of one bin, jumped to at their first tick. */
export interface MarkSpot {
	readonly tick: number;
	readonly marks: readonly TimelineMark[];
}

/**
 * `binMoments`' marks gathered by bin, one spot each (a target 24 px wide holds every kind of
 * its bin), the kinds in lane order, at the bin's first tick.
 */
export function markSpots(
	moments: readonly { tick: number; kind: TimelineMarkKind }[],
	ticks: number,
	bins: number
): MarkSpot[] {
	const width = Math.max(1, ticks + 1) / Math.max(1, Math.floor(bins));
	const byBin = new Map<number, TimelineMark[]>();
	for (const mark of binMoments(moments, ticks, bins)) {
		const bin = Math.floor(mark.tick / width);
		byBin.set(bin, [...(byBin.get(bin) ?? []), mark]);
	}
	return [...byBin.values()]
		.map((marks) => ({
			tick: Math.min(...marks.map((m) => m.tick)),
			marks: [...marks].sort(
				(a, b) => timelineLanes.indexOf(a.kind) - timelineLanes.indexOf(b.kind)
			)
		}))
		.sort((a, b) => a.tick - b.tick);
}
