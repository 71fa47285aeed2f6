/**
 * The four invariants of the read side, evaluated at one tick of a run, each with the FIRST
 * event that broke it, so the UI can take the learner there:
 *
 * - "read model = fold of the store", per consumer. Lag is normal in async projections, so a
 *   model that differs from its truth only by events still on their way is `pending`, not broken.
 *   It is broken when the model is not the fold of the events it applied (one applied twice, or
 *   out of order), or when an event it lacks can never arrive (its last copy lost with no
 *   redelivery to come, or never published).
 * - "no event applied twice", per consumer: no position applied more than once.
 * - "per-stream order kept", per consumer: no version applied after a higher one of its stream.
 * - "every appended event published": outbox republishes are fine; a dual write that crashed
 *   between append and publish (`PublishLost`) is not. Events the relay has yet to reach are
 *   `pending`.
 */
import type { StoredEvent } from '../eventStore/types';
import { foldTimeline, isFoldAt } from './foldTimeline';
import { modelVsTruth } from './modelVsTruth';
import { PassResults, recordsPerStep, type Pass } from './passes';
import type { Run } from '../simulation/timeline';
import type { TraceOf } from '../run/trace';
import { insertionPoint } from './search';
import { extraApplies, unapplied } from '../readSide/tracking';
import { relayed } from '../readSide/publishing';
import type { ConsumerState, WorldState } from '../run/world';

export type InvariantId =
	'readModelIsFold' | 'noDoubleApply' | 'streamOrderKept' | 'everyEventPublished';
export const invariantIds: readonly InvariantId[] = [
	'readModelIsFold',
	'noDoubleApply',
	'streamOrderKept',
	'everyEventPublished'
];

export type InvariantStatus = 'holds' | 'pending' | 'broken';
export type BreachReason = 'appliedTwice' | 'outOfOrder' | 'lostForGood' | 'publishLost';

/** The first event that broke an invariant: where the UI seeks to and what it selects. */
export interface Breach {
	readonly reason: BreachReason;
	readonly tick: number;
	readonly position: number;
	/** The trace record of the breaking step (null when only the loss tick is known). */
	readonly traceIndex: number | null;
}

export interface InvariantCheck {
	readonly id: InvariantId;
	/** The consumer it is about, or null for the store-wide "every appended event published". */
	readonly consumer: string | null;
	readonly status: InvariantStatus;
	/** Events still on their way (pending) or lost (broken); 0 when it holds. */
	readonly events: number;
	readonly breach: Breach | null;
}

interface FirstBreaches {
	twice: Map<string, Breach>;
	order: Map<string, Breach>;
	publishLost: Breach | null;
	/** Trace indices of each position's first Published, and of every PublishLost, ascending. */
	firstPublished: number[];
	publishLostAt: number[];
}

/** Per run (see passes.ts: run ahead, or done when first needed). */
export const firstBreachesOf = new PassResults<FirstBreaches>(firstBreachesPass);
const firstBreaches = (run: Run): FirstBreaches => firstBreachesOf.get(run);

/** One pass over the whole trace: the first double apply and reorder per consumer, the first lost publish. */
function* firstBreachesPass(run: Run): Pass<FirstBreaches> {
	const out: FirstBreaches = {
		twice: new Map(),
		order: new Map(),
		publishLost: null,
		firstPublished: [],
		publishLostAt: []
	};
	const published = new Set<number>();
	const seen = new Map<string, Set<number>>();
	const maxVersion = new Map<string, Map<string, number>>();
	const trace = run.logs.trace;
	for (let traceIndex = 0; traceIndex < trace.length; traceIndex++) {
		if (traceIndex % recordsPerStep === recordsPerStep - 1) yield;
		const r = trace[traceIndex];
		if (r.type === 'Published' && !published.has(r.position)) {
			published.add(r.position);
			out.firstPublished.push(traceIndex);
			continue;
		}
		if (r.type === 'PublishLost') {
			out.publishLostAt.push(traceIndex);
			out.publishLost ??= { reason: 'publishLost', tick: r.t, position: r.position, traceIndex };
			continue;
		}
		if (r.type !== 'EventApplied') continue;
		const c = r.consumer;
		let applied = seen.get(c);
		if (!applied) seen.set(c, (applied = new Set()));
		if (applied.has(r.position) && !out.twice.has(c))
			out.twice.set(c, { reason: 'appliedTwice', tick: r.t, position: r.position, traceIndex });
		applied.add(r.position);
		const e = run.logs.events[r.position - 1];
		let versions = maxVersion.get(c);
		if (!versions) maxVersion.set(c, (versions = new Map()));
		const max = versions.get(e.streamId) ?? 0;
		if (e.version < max && !out.order.has(c))
			out.order.set(c, { reason: 'outOfOrder', tick: r.t, position: r.position, traceIndex });
		versions.set(e.streamId, Math.max(max, e.version));
	}
	return out;
}

const before = (b: Breach | null | undefined, traceLength: number): Breach | null =>
	b && b.traceIndex !== null && b.traceIndex < traceLength ? b : null;

/** Every invariant at the end of `world.tick`, consumers in scenario order. */
export function checkInvariants(run: Run, world: WorldState): InvariantCheck[] {
	const first = firstBreaches(run);
	const n = world.traceLength;
	const checks: InvariantCheck[] = [];
	for (const c of world.consumers) checks.push(checkReadModel(run, world, c));
	for (const c of world.consumers) {
		const b = before(first.twice.get(c.id), n);
		checks.push({
			id: 'noDoubleApply',
			consumer: c.id,
			status: b ? 'broken' : 'holds',
			events: b ? extraApplies(c) : 0,
			breach: b
		});
	}
	for (const c of world.consumers) {
		const b = before(first.order.get(c.id), n);
		checks.push({
			id: 'streamOrderKept',
			consumer: c.id,
			status: b ? 'broken' : 'holds',
			events: 0,
			breach: b
		});
	}
	checks.push(checkPublished(world, first));
	return checks;
}

function checkPublished(world: WorldState, first: FirstBreaches): InvariantCheck {
	const published = insertionPoint(first.firstPublished, world.traceLength);
	const lost = insertionPoint(first.publishLostAt, world.traceLength);
	const unpublished = world.storeHead - published - lost;
	const breach = before(first.publishLost, world.traceLength);
	const status = breach ? 'broken' : unpublished > 0 ? 'pending' : 'holds';
	return {
		id: 'everyEventPublished',
		consumer: null,
		status,
		events: breach ? lost : unpublished,
		breach
	};
}

const readModelCache = new WeakMap<ConsumerState, InvariantCheck>();

/** "read model = fold of the store" for one consumer: holds, pending (only lag) or broken. */
export function checkReadModel(run: Run, world: WorldState, c: ConsumerState): InvariantCheck {
	let check = readModelCache.get(c);
	if (!check) readModelCache.set(c, (check = readModelCheck(run, world, c)));
	return check;
}

function readModelCheck(run: Run, world: WorldState, c: ConsumerState): InvariantCheck {
	const base = { id: 'readModelIsFold' as const, consumer: c.id };
	if (modelVsTruth(run, world, c).differing === 0)
		return { ...base, status: 'holds', events: 0, breach: null };
	if (!isFoldAt(run, c.id, world.traceLength))
		return { ...base, status: 'broken', events: 0, breach: firstNotAFold(run, c.id) };
	const missing = unapplied(c, world.storeHead);
	const willArrive = onItsWay(run, world, c);
	const lost = missing.filter((p) => !willArrive(p));
	if (lost.length === 0)
		return { ...base, status: 'pending', events: missing.length, breach: null };
	return {
		...base,
		status: 'broken',
		events: lost.length,
		breach: lossOf(run, world, c.id, lost[0])
	};
}

const sentCache = new WeakMap<WorldState, Map<string, number[]>>();

/**
 * The positions each consumer has on the wire or awaiting redelivery, by consumer: one pass over
 * a world's copies and deliveries for all its read models (hundreds of each while many copies are
 * in flight, and a seek checks every read model).
 */
function sentTo(world: WorldState): Map<string, number[]> {
	let sent = sentCache.get(world);
	if (sent) return sent;
	sent = new Map();
	const add = (consumer: string, position: number) => {
		const list = sent!.get(consumer);
		if (list) list.push(position);
		else sent!.set(consumer, [position]);
	};
	// A copy still on the wire counts even if the network will lose it: the cursor does not know yet.
	for (const m of world.inFlight) if (m.kind === 'event') add(m.consumer, m.position);
	for (const d of Object.values(world.deliveries)) add(d.consumer, d.position);
	sentCache.set(world, sent);
	return sent;
}

/** Whether the consumer will still get each missing position without anyone's help. */
function onItsWay(run: Run, world: WorldState, c: ConsumerState): (p: number) => boolean {
	const coming = new Set<number>(sentTo(world).get(c.id));
	for (const list of Object.values(c.held)) for (const h of list) coming.add(h.position);
	// A log: every record past what the group processed will be read, and so will a producer's
	// pending retry. What was committed but cut off by a crash (at-most-once) will not.
	if (world.log && c.group) {
		for (const r of world.log.retries) coming.add(r.position);
		world.log.heads.forEach((head, k) => {
			for (let o = c.group!.processed[k]; o < head; o++)
				coming.add(run.logs.partitions[k][o].position);
		});
	}
	const outbox = run.scenario.options.publish === 'outbox';
	return (p) =>
		!c.subscribed ||
		(c.catchUp !== null && p >= c.catchUp.next && p <= c.catchUp.until) ||
		coming.has(p) ||
		(outbox && !relayed(run.logs, world, p));
}

/** When `p` was lost for `consumer`: its never-made publish, or its last copy's loss. */
function lossOf(run: Run, world: WorldState, consumer: string, p: number): Breach {
	const copies = new Set<string>();
	let found: Breach | null = null;
	for (let i = 0; i < world.traceLength; i++) {
		const r = run.logs.trace[i];
		if (r.type === 'PublishLost' && r.position === p)
			found = { reason: 'publishLost', tick: r.t, position: p, traceIndex: i };
		else if (r.type === 'MessageSent' && r.position === p && r.consumer === consumer)
			copies.add(r.message);
		else if (r.type === 'MessageLost' && copies.has(r.message))
			found = { reason: 'lostForGood', tick: r.t, position: p, traceIndex: i };
	}
	const e: StoredEvent = run.logs.events[p - 1];
	return found ?? { reason: 'lostForGood', tick: e.tick, position: p, traceIndex: null };
}

/**
 * The apply that first made the model something other than the fold of what it applied: a
 * repeat, or an event applied after a later one of its stream.
 */
function firstNotAFold(run: Run, consumer: string): Breach | null {
	const { flips, firstBreak } = foldTimeline(run, consumer);
	if (flips.length === 0) return null;
	const r = run.logs.trace[flips[0]] as TraceOf<'EventApplied'>;
	const reason = firstBreak === 'repeat' ? 'appliedTwice' : 'outOfOrder';
	if (firstBreak) return { reason, tick: r.t, position: r.position, traceIndex: flips[0] };
	// Neither a repeat nor a reordering (a difference hidden in the working state showed up
	// later): the first repeat or reordering before it is where it began.
	const first = firstBreaches(run);
	return earliest(first.twice.get(consumer), first.order.get(consumer)) ?? null;
}

const earliest = (a: Breach | undefined, b: Breach | undefined): Breach | undefined =>
	a && b ? ((a.traceIndex ?? 0) <= (b.traceIndex ?? 0) ? a : b) : (a ?? b);
