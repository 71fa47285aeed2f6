/**
 * The space-time diagram of one consumer (Lamport's picture of a distributed run): one lane per
 * partition under a log broker, per consumer instance under a queue; each event copy a line from
 * the tick it was sent to the tick it arrived (and was applied, skipped or held) or was lost.
 * Lines that cross within a lane are copies that overtook each other on the wire: never on a
 * log's ordered link, often on a queue. Applies are marked out of order (a stream's version
 * applied after a higher one, by this consumer) and as duplicates (an event applied again).
 *
 * One pass over the trace per run and consumer (passes.ts), then any window of ticks is a binary
 * search: the sandbox slices the lines it draws per frame, it never walks the trace again.
 */
import type { CopyCause, LossReason } from '../run/trace';
import type { StoredEvent } from '../eventStore/types';
import type { Run } from '../simulation/timeline';
import { PassResults, recordsPerStep, type Pass } from './passes';
import { insertionPoint } from './search';

/** What became of a copy: at its end tick, or as the run ends. */
export type SpaceTimeOutcome = 'applied' | 'skipped' | 'held' | 'delivered' | 'lost' | 'inFlight';

export interface SpaceTimeLine {
	readonly message: string;
	/** The partition (log) or the instance (queue) whose lane it is drawn in. */
	readonly lane: number;
	readonly instance: number;
	readonly position: number;
	readonly stream: string;
	readonly version: number;
	/** Log only: the record's offset in its partition. */
	readonly offset: number | null;
	readonly cause: CopyCause;
	readonly sentAt: number;
	/** The tick it arrived or was lost (as planned, for a copy still in flight at the run's end). */
	readonly endAt: number;
	/**
	 * Its start and end as fractional ticks: copies of one lane sent (or ending) in the same tick
	 * spread over ±0.3 of it, in the order they happened, so a tick's burst does not draw as one
	 * line and two lines cross in the picture exactly when one overtook the other.
	 */
	readonly t0: number;
	readonly t1: number;
	readonly outcome: SpaceTimeOutcome;
	readonly lostReason: LossReason | null;
	/** Applied after a higher version of its stream was applied by this consumer. */
	readonly outOfOrder: boolean;
	/** Applied when its event had been applied by this consumer before. */
	readonly duplicate: boolean;
	/** A copy sent later in its lane ended before it: the two lines cross. */
	readonly overtaken: boolean;
}

/** A committed offset (log, at the tick the broker recorded it). */
export interface CommitMark {
	readonly lane: number;
	readonly t: number;
	readonly offset: number;
}

/** A partition given to another instance of the group (-1: to none) by a rebalance. */
export interface OwnerChange {
	readonly lane: number;
	readonly t: number;
	readonly owner: number;
	/** The owner before, or null at the group's first assignment. */
	readonly from: number | null;
}

export interface SpaceTime {
	readonly broker: 'log' | 'queue';
	readonly consumer: string;
	readonly lanes: number;
	/** Ordered by send tick, then by the order they were sent. */
	readonly lines: readonly SpaceTimeLine[];
	readonly commits: readonly CommitMark[];
	readonly owners: readonly OwnerChange[];
	/** The longest line, in ticks: a window's lines start at most this long before it. */
	readonly longestTicks: number;
}

/** At most this many lines in one window: a dense run keeps a bounded picture. */
export const windowLinesMax = 600;

interface Draft {
	message: string;
	lane: number;
	instance: number;
	position: number;
	offset: number | null;
	cause: CopyCause;
	sentAt: number;
	endAt: number;
	/** Trace index of the record that ended it (Infinity: still in flight). */
	endIndex: number;
	outcome: SpaceTimeOutcome;
	lostReason: LossReason | null;
	outOfOrder: boolean;
	duplicate: boolean;
}

/** Where in its tick the i-th of n same-tick ends of a lane is drawn. */
const slot = (i: number, n: number): number => (n <= 1 ? 0 : (i / (n - 1) - 0.5) * 0.6);

/** The pass: one consumer's copies, applies, commits and rebalances, from the whole trace. */
function* spaceTimePass(run: Run, consumer: string): Pass<SpaceTime> {
	const broker = run.scenario.options.broker;
	const spec = run.scenario.consumers.find((c) => c.id === consumer);
	const lanes = broker === 'log' ? run.scenario.options.partitions : (spec?.instances ?? 1);
	const events = run.logs.events;
	const trace = run.logs.trace;
	const drafts: Draft[] = [];
	const byId = new Map<string, Draft>();
	const commits: CommitMark[] = [];
	const owners: OwnerChange[] = [];
	let lastOwners: readonly number[] = [];
	const maxVersion = new Map<string, number>();
	const appliedBefore = new Set<number>();
	for (let i = 0; i < trace.length; i++) {
		if (i > 0 && i % recordsPerStep === 0) yield;
		const r = trace[i];
		switch (r.type) {
			case 'MessageSent': {
				if (r.consumer !== consumer || r.kind !== 'event') break;
				const d: Draft = {
					message: r.message,
					lane: r.partition ?? r.instance,
					instance: r.instance,
					position: r.position,
					offset: r.offset ?? null,
					cause: r.cause,
					sentAt: r.t,
					endAt: r.lostAt ?? r.arriveAt,
					endIndex: Infinity,
					outcome: 'inFlight',
					lostReason: null,
					outOfOrder: false,
					duplicate: false
				};
				drafts.push(d);
				byId.set(r.message, d);
				break;
			}
			case 'MessageDelayed': {
				const d = byId.get(r.message);
				if (d) d.endAt = r.arriveAt;
				break;
			}
			case 'MessageDelivered':
				ended(byId.get(r.message), r.t, i, 'delivered', null);
				break;
			case 'MessageLost':
				ended(byId.get(r.message), r.t, i, 'lost', r.reason);
				break;
			case 'EventApplied': {
				if (r.consumer !== consumer) break;
				const e = events[r.position - 1];
				const d = r.message === null ? undefined : byId.get(r.message);
				if (d) {
					d.outcome = 'applied';
					d.outOfOrder = (maxVersion.get(e.streamId) ?? 0) > e.version;
					d.duplicate = appliedBefore.has(r.position);
				}
				maxVersion.set(e.streamId, Math.max(maxVersion.get(e.streamId) ?? 0, e.version));
				appliedBefore.add(r.position);
				break;
			}
			case 'EventSkipped':
			case 'EventHeld':
				if (r.consumer === consumer && r.message !== null) {
					const d = byId.get(r.message);
					if (d) d.outcome = r.type === 'EventSkipped' ? 'skipped' : 'held';
				}
				break;
			case 'OffsetCommitted':
				if (r.consumer === consumer) commits.push({ lane: r.partition, t: r.t, offset: r.offset });
				break;
			case 'Rebalanced':
				if (r.consumer !== consumer) break;
				r.owners.forEach((owner, lane) => {
					if (lastOwners[lane] !== owner)
						owners.push({ lane, t: r.t, owner, from: lastOwners[lane] ?? null });
				});
				lastOwners = r.owners;
				break;
		}
	}
	const lines = finish(drafts, events);
	const longestTicks = lines.reduce((m, l) => Math.max(m, l.endAt - l.sentAt), 0);
	return { broker, consumer, lanes, lines, commits, owners, longestTicks };
}

function ended(
	d: Draft | undefined,
	t: number,
	index: number,
	outcome: SpaceTimeOutcome,
	lostReason: LossReason | null
): void {
	if (!d) return;
	d.endAt = t;
	d.endIndex = index;
	d.outcome = outcome;
	d.lostReason = lostReason;
}

/** Spreads same-tick starts and ends, and marks the lines that were overtaken. */
function finish(drafts: Draft[], events: readonly StoredEvent[]): SpaceTimeLine[] {
	const t0 = spread(
		drafts,
		(d) => d.sentAt,
		() => 0
	);
	const t1 = spread(
		drafts,
		(d) => d.endAt,
		(a, b) => a.endIndex - b.endIndex
	);
	const overtaken = new Set<number>();
	for (const indices of groupBy(drafts.keys(), (i) => drafts[i].lane).values()) {
		// Sent in order already (the trace's); a later one ending sooner crosses this one.
		let soonest = Infinity;
		for (let k = indices.length - 1; k >= 0; k--) {
			const i = indices[k];
			if (soonest < t1[i]) overtaken.add(i);
			soonest = Math.min(soonest, t1[i]);
		}
	}
	// Built field by field: a spread of the drafts (patched as the pass went) was ten times slower.
	return drafts.map((d, i): SpaceTimeLine => {
		const e = events[d.position - 1];
		return {
			message: d.message,
			lane: d.lane,
			instance: d.instance,
			position: d.position,
			stream: e.streamId,
			version: e.version,
			offset: d.offset,
			cause: d.cause,
			sentAt: d.sentAt,
			endAt: d.endAt,
			t0: t0[i],
			t1: t1[i],
			outcome: d.outcome,
			lostReason: d.lostReason,
			outOfOrder: d.outOfOrder,
			duplicate: d.duplicate,
			overtaken: overtaken.has(i)
		};
	});
}

/** Each draft's tick at `at`, plus its slot among the lane's drafts at that tick (in `order`). */
function spread(
	drafts: readonly Draft[],
	at: (d: Draft) => number,
	order: (a: Draft, b: Draft) => number
): number[] {
	const groups = groupBy(drafts.keys(), (i) => `${drafts[i].lane}:${at(drafts[i])}`);
	const out = drafts.map(at);
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		// A stable sort: equal keys keep the order they were sent in.
		const sorted = [...group].sort((a, b) => order(drafts[a], drafts[b]));
		sorted.forEach((d, k) => (out[d] += slot(k, sorted.length)));
	}
	return out;
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/** Per run and consumer. */
export const spaceTimes = new PassResults<SpaceTime>(spaceTimePass);

export const spaceTimeOf = (run: Run, consumer: string): SpaceTime => spaceTimes.get(run, consumer);

/** A window of `width` ticks holding `tick`, two thirds of the way in where the run allows. */
export function windowAround(
	tick: number,
	lastTick: number,
	width: number
): { from: number; to: number } {
	const from = Math.max(0, Math.min(tick - Math.round((2 * width) / 3), lastTick - width));
	return { from, to: from + width };
}

export interface SpaceTimeWindow {
	readonly lines: readonly SpaceTimeLine[];
	readonly commits: readonly CommitMark[];
	readonly owners: readonly OwnerChange[];
	/** More lines than `windowLinesMax` fell in the window: the earliest were kept. */
	readonly truncated: boolean;
}

/** What a window [from, to] of ticks shows: a binary search and a slice, not a pass. */
export function sliceWindow(st: SpaceTime, from: number, to: number): SpaceTimeWindow {
	const sent = sentTicks(st);
	const start = insertionPoint(sent, from - st.longestTicks);
	const end = insertionPoint(sent, to + 1);
	const lines: SpaceTimeLine[] = [];
	let truncated = false;
	for (let i = start; i < end; i++) {
		const l = st.lines[i];
		if (l.endAt < from) continue;
		if (lines.length === windowLinesMax) {
			truncated = true;
			break;
		}
		lines.push(l);
	}
	const inside = <T extends { t: number }>(xs: readonly T[]) =>
		xs.slice(firstAt(xs, from), firstAt(xs, to + 1));
	return { lines, commits: inside(st.commits), owners: inside(st.owners), truncated };
}

/** Index of the first mark at or after tick `t` (marks are in tick order). */
function firstAt(xs: readonly { t: number }[], t: number): number {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid].t < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const sentCache = new WeakMap<SpaceTime, number[]>();
const sentTicks = (st: SpaceTime): number[] => {
	let sent = sentCache.get(st);
	if (!sent) sentCache.set(st, (sent = st.lines.map((l) => l.sentAt)));
	return sent;
};

/**
 * How many pairs of lines cross within a lane: one sent before the other and ending after it.
 * Counted as inversions (a merge sort per lane), so a long run costs n log n.
 */
export function crossings(lines: readonly SpaceTimeLine[]): number {
	let count = 0;
	for (const lane of groupBy(lines, (l) => l.lane).values()) {
		const ends = [...lane].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1).map((l) => l.t1);
		count += inversions(ends);
	}
	return count;
}

function inversions(xs: number[]): number {
	if (xs.length < 2) return 0;
	const mid = xs.length >> 1;
	const left = xs.slice(0, mid);
	const right = xs.slice(mid);
	let count = inversions(left) + inversions(right);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < left.length && j < right.length) {
		if (left[i] <= right[j]) xs[k++] = left[i++];
		else {
			count += left.length - i;
			xs[k++] = right[j++];
		}
	}
	while (i < left.length) xs[k++] = left[i++];
	while (j < right.length) xs[k++] = right[j++];
	return count;
}
