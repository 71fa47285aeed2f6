/**
 * The log broker (`broker: "log"`): Kafka's model, which Redpanda shares and an EventStoreDB
 * catch-up subscription follows in effect.
 *
 * - A published event is appended to ONE partition, chosen by a hash of its stream id, at the
 *   next offset. A partition is totally ordered; partitions are not ordered with respect to each
 *   other.
 * - A consumer group shares the partitions out among its live members. The owner of a partition
 *   reads it in offset order over an ordered connection (TCP): a copy on that link is never lost,
 *   duplicated or overtaken, only delayed. A loss on the wire costs a retransmission.
 * - The group keeps one committed offset per partition, not an ack per message. At-least-once
 *   commits after processing (every `commitEvery` records), at-most-once commits on fetch, before
 *   processing.
 * - A member that goes silent (crashed, or cut off) keeps its partitions until the coordinator
 *   gives up on it after `sessionTimeout` ticks; then the partitions move to a live member, which
 *   starts at the committed offset. Records processed but not committed are read again, in order:
 *   the duplicates a log has come from there, and from producers.
 * - A producer that loses the broker's ack (the network's `drop`) or whose request is doubled on
 *   the way (`duplicate`) writes the record again at a new offset: a non-idempotent producer
 *   (Kafka before `enable.idempotence`). No record is ever lost once acked.
 * - A new group starts at the earliest offset (`auto.offset.reset=earliest`): what was produced
 *   before it, or while it was down, waits in the log.
 */
import { eventAt } from '../eventStore/eventStore';
import { appendAt } from '../run/logs';
import { chance, nextInt } from '../random';
import { emit, type Context } from '../run/context';
import type { ConsumerState, Copy, GroupState, WorldState } from '../run/world';
import { lose, partitionOf, putOnWire } from './broker';
import { receiveEvent } from './consumers';
import { instancePartitioned, instanceSilent } from './instances';

export const usesLog = (ctx: Context): boolean => ctx.scenario.options.broker === 'log';

export function newGroup(ctx: Context, instances: number): GroupState | null {
	if (!usesLog(ctx)) return null;
	const p = ctx.scenario.options.partitions;
	const zeros = () => Array.from({ length: p }, () => 0);
	return {
		generation: 0,
		owner: Array.from({ length: p }, () => -1),
		members: Array.from({ length: instances }, () => false),
		committed: zeros(),
		fetched: zeros(),
		processed: zeros(),
		commitSent: zeros(),
		highWater: zeros(),
		linkBusyUntil: zeros()
	};
}

export const newLogState = (ctx: Context): WorldState['log'] =>
	usesLog(ctx)
		? { heads: Array.from({ length: ctx.scenario.options.partitions }, () => 0), retries: [] }
		: null;

/** The partition a stream's events go to. */
const partitionFor = (ctx: Context, streamId: string): number =>
	partitionOf(streamId, ctx.scenario.options.partitions);

function append(ctx: Context, world: WorldState, position: number, retry: boolean): void {
	const log = world.log!;
	const event = eventAt(ctx.logs, position);
	const k = partitionFor(ctx, event.streamId);
	const offset = log.heads[k];
	const records = (ctx.logs.partitions[k] ??= []);
	// Several stores share the topic: each record says whose publisher wrote it.
	const from = event.store === undefined ? {} : { store: event.store };
	appendAt(records, offset, { position, tick: world.tick, retry, ...from });
	log.heads[k]++;
	emit(ctx, world, {
		t: world.tick,
		type: 'RecordAppended',
		position,
		partition: k,
		offset,
		retry,
		...from
	});
}

/**
 * A publisher hands an event to the log. The producer→broker link is where the network's faults
 * act under a log: a lost ack or a doubled request makes the producer write the event again later.
 */
export function produce(ctx: Context, world: WorldState, position: number): void {
	append(ctx, world, position, false);
	const net = ctx.scenario.network;
	// The same four draws as a queue's send, so one knob never reshuffles the rest.
	const ackLost = chance(world.rng, 'network', net.drop);
	const delay = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	const doubled = chance(world.rng, 'network', net.duplicate);
	nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	const again = (at: number, why: 'ack-lost' | 'resent') => {
		world.log!.retries.push({ position, at });
		emit(ctx, world, { t: world.tick, type: 'ProducerRetry', position, at, why });
	};
	if (ackLost) again(world.tick + 2 * delay + 1, 'ack-lost');
	else if (doubled) again(world.tick + delay, 'resent');
}

/** Producer retries due now write their record again, at a new offset. */
export function runProducerRetries(ctx: Context, world: WorldState): void {
	const log = world.log;
	if (!log || log.retries.length === 0) return;
	const due = log.retries.filter((r) => r.at <= world.tick);
	if (due.length === 0) return;
	log.retries = log.retries.filter((r) => r.at > world.tick);
	for (const r of due) {
		world.counts.duplicated++;
		append(ctx, world, r.position, true);
	}
}

/**
 * The group coordinator: a member silent for `sessionTimeout` ticks leaves the group, a member
 * that speaks again rejoins, and on any change the partitions are assigned again (round robin
 * over the members, Kafka's RoundRobinAssignor). A live member that loses a partition commits what
 * it processed first (onPartitionsRevoked); the new owner starts at the committed offset.
 */
export function rebalance(ctx: Context, world: WorldState): void {
	const t = world.tick;
	const timeout = ctx.scenario.options.sessionTimeout;
	for (const c of world.consumers) {
		const g = c.group;
		if (!g || !c.subscribed) continue;
		let changed = g.generation === 0;
		c.instances.forEach((inst, i) => {
			if (!instanceSilent(c, i, t)) inst.silentSince = null;
			else inst.silentSince ??= t;
			const member = inst.silentSince === null || t < inst.silentSince + timeout;
			if (member !== g.members[i]) changed = true;
			g.members[i] = member;
		});
		if (!changed) continue;
		const members = g.members.flatMap((m, i) => (m ? [i] : []));
		const owners = g.owner.map((_, k) => (members.length ? members[k % members.length] : -1));
		owners.forEach((owner, k) => {
			const old = g.owner[k];
			if (owner === old) return;
			if (old >= 0 && !instanceSilent(c, old, t)) commit(ctx, world, c, k, g.processed[k], null);
			dropLink(ctx, world, c, k, 'rebalance');
			resetPartition(g, k, t);
			g.owner[k] = owner;
		});
		g.generation++;
		emit(ctx, world, { t, type: 'Rebalanced', consumer: c.id, owners: [...g.owner] });
	}
}

function resetPartition(g: GroupState, k: number, t: number): void {
	g.fetched[k] = g.processed[k] = g.commitSent[k] = g.committed[k];
	g.linkBusyUntil[k] = t;
}

/** Closes a partition's connection: what was on it is gone (the new owner reads it again). */
function dropLink(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	k: number,
	reason: 'rebalance' | 'crashed'
): void {
	const gone = world.inFlight.filter((m) => m.consumer === c.id && m.partition === k);
	if (gone.length === 0) return;
	world.inFlight = world.inFlight.filter((m) => !gone.includes(m));
	for (const m of gone) lose(ctx, world, m, reason);
}

function commit(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	k: number,
	offset: number,
	message: string | null
): void {
	const g = c.group!;
	if (offset <= g.committed[k]) return;
	g.committed[k] = offset;
	emit(ctx, world, {
		t: world.tick,
		type: 'OffsetCommitted',
		consumer: c.id,
		partition: k,
		offset,
		message
	});
}

/** A crashed instance forgets what it fetched and processed; its connections close. */
export function crashLogInstance(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	instance: number
): void {
	const g = c.group;
	if (!g) return;
	g.owner.forEach((owner, k) => {
		if (owner !== instance) return;
		dropLink(ctx, world, c, k, 'crashed');
		resetPartition(g, k, world.tick);
	});
}

/** Each owner fetches what its partitions gained, in offset order, up to `catchUpPerTick` each. */
export function fetchRecords(ctx: Context, world: WorldState): void {
	const log = world.log;
	if (!log) return;
	const t = world.tick;
	const { catchUpPerTick, delivery } = ctx.scenario.options;
	for (const c of world.consumers) {
		const g = c.group;
		if (!g || !c.subscribed) continue;
		g.owner.forEach((owner, k) => {
			if (owner < 0 || instanceSilent(c, owner, t)) return;
			const until = Math.min(log.heads[k], g.fetched[k] + catchUpPerTick);
			for (; g.fetched[k] < until; g.fetched[k]++) sendRecord(ctx, world, c, k, g.fetched[k]);
			// At-most-once: commit before processing. A crash now loses what is on the wire.
			if (delivery === 'at-most-once') commit(ctx, world, c, k, g.fetched[k], null);
		});
	}
}

/** A copy on an ordered link: it arrives after the one before it; a loss costs a resend. */
function sendRecord(ctx: Context, world: WorldState, c: ConsumerState, k: number, offset: number) {
	const g = c.group!;
	const arriveAt = onLink(ctx, world, g, k);
	const position = ctx.logs.partitions[k][offset].position;
	// Below the furthest offset ever fetched: the group reads this record again.
	const again = offset < g.highWater[k];
	if (again) world.counts.redelivered++;
	else g.highWater[k] = offset + 1;
	putOnWire(
		ctx,
		world,
		{
			kind: 'event',
			delivery: null,
			position,
			consumer: c.id,
			instance: g.owner[k],
			partition: k,
			offset
		},
		again ? 'redelivery' : 'publish',
		arriveAt,
		null
	);
}

/**
 * A commit travels the other way, consumer to broker, on the same kind of ordered connection; the
 * broker keeps the highest offset committed, so commits need no order among themselves.
 */
function commitArrival(ctx: Context, world: WorldState): number {
	const net = ctx.scenario.network;
	const lost = chance(world.rng, 'network', net.drop);
	const delay = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	chance(world.rng, 'network', net.duplicate);
	const resend = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	return world.tick + delay + (lost ? 2 * resend : 0);
}

function onLink(ctx: Context, world: WorldState, g: GroupState, k: number): number {
	const net = ctx.scenario.network;
	const lost = chance(world.rng, 'network', net.drop);
	const delay = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	chance(world.rng, 'network', net.duplicate);
	const resend = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	// TCP: a lost segment is sent again after about a round trip; the receiver sees it late.
	const arriveAt = Math.max(world.tick + delay + (lost ? 2 * resend : 0), g.linkBusyUntil[k]);
	g.linkBusyUntil[k] = arriveAt;
	return arriveAt;
}

/** A record copy reaches its partition's owner, or a commit reaches the broker. */
export function arriveFromLog(ctx: Context, world: WorldState, m: Copy): void {
	const c = world.consumers.find((x) => x.id === m.consumer)!;
	const g = c.group!;
	const k = m.partition!;
	if (m.kind === 'ack') return commit(ctx, world, c, k, m.offset!, m.id);
	if (instancePartitioned(c, m.instance, world.tick)) {
		// Cut off: the bytes wait in the network and come when it heals, still in order.
		m.arriveAt = c.instances[m.instance].partitionedUntil;
		world.inFlight.push(m);
		emit(ctx, world, {
			t: world.tick,
			type: 'MessageDelayed',
			message: m.id,
			arriveAt: m.arriveAt
		});
		return;
	}
	world.counts.delivered++;
	emit(ctx, world, { t: world.tick, type: 'MessageDelivered', message: m.id });
	g.processed[k] = m.offset! + 1;
	receiveEvent(ctx, world, c, m.instance, eventAt(ctx.logs, m.position), m);
}

/** At-least-once: owners commit what they processed, every `commitEvery` records, a tick later. */
export function sendCommits(ctx: Context, world: WorldState): void {
	if (!world.log || ctx.scenario.options.delivery !== 'at-least-once') return;
	const every = ctx.scenario.options.commitEvery;
	for (const c of world.consumers) {
		const g = c.group;
		if (!g) continue;
		g.owner.forEach((owner, k) => {
			if (owner < 0 || instanceSilent(c, owner, world.tick)) return;
			if (g.processed[k] - g.commitSent[k] < every) return;
			g.commitSent[k] = g.processed[k];
			const last = ctx.logs.partitions[k][g.processed[k] - 1].position;
			putOnWire(
				ctx,
				world,
				{
					kind: 'ack',
					delivery: null,
					position: last,
					consumer: c.id,
					instance: owner,
					partition: k,
					offset: g.processed[k]
				},
				'commit',
				commitArrival(ctx, world),
				null
			);
		});
	}
}

/**
 * A user's poke at a copy on an ordered link. A drop is a lost segment (sent again, later); a
 * delay holds the copies behind it too; a duplicate can only come from the producer, so it writes
 * the record again at a new offset.
 */
export function pokeLogCopy(
	ctx: Context,
	world: WorldState,
	copy: Copy,
	kind: 'drop' | 'duplicate' | 'delay',
	ticks: number
): void {
	if (kind === 'duplicate') {
		emit(ctx, world, {
			t: world.tick,
			type: 'ProducerRetry',
			position: copy.position,
			at: world.tick + 1,
			why: 'resent'
		});
		world.log!.retries.push({ position: copy.position, at: world.tick + 1 });
		return;
	}
	const c = world.consumers.find((x) => x.id === copy.consumer)!;
	const g = c.group!;
	const k = copy.partition!;
	const by = kind === 'delay' ? ticks : 2 * ctx.scenario.network.delayMax;
	// The copies behind it on its link: sent after it (inFlight is in send order).
	const behind = world.inFlight
		.slice(world.inFlight.indexOf(copy))
		.filter((m) => m.consumer === copy.consumer && m.partition === k);
	const at = copy.arriveAt + by;
	for (const m of behind) {
		m.arriveAt = Math.max(m.arriveAt, at);
		emit(ctx, world, {
			t: world.tick,
			type: 'MessageDelayed',
			message: m.id,
			arriveAt: m.arriveAt
		});
	}
	g.linkBusyUntil[k] = Math.max(g.linkBusyUntil[k], at);
}

/** Records in the whole log so far (every partition's head). */
export const logRecords = (world: WorldState): number =>
	world.log ? world.log.heads.reduce((a, b) => a + b, 0) : 0;

/**
 * A group's lag, as Kafka reports it: records in the log past the committed offsets, summed over
 * the partitions. Zero means every record is committed (processed, under at-least-once).
 */
export function consumerLag(world: WorldState, c: ConsumerState): number {
	if (!world.log || !c.group) return 0;
	return world.log.heads.reduce((sum, head, k) => sum + head - c.group!.committed[k], 0);
}

/** The partitions an instance owns now. */
export const ownedPartitions = (c: ConsumerState, instance: number): number[] =>
	c.group ? c.group.owner.flatMap((o, k) => (o === instance ? [k] : [])) : [];

/** One row of a group's offsets: what Kafka's `kafka-consumer-groups --describe` prints. */
export interface PartitionOffsets {
	readonly consumer: string;
	readonly partition: number;
	/** The owning instance (0-based), or -1. */
	readonly owner: number;
	readonly committed: number;
	/** The log end offset: records in the partition so far. */
	readonly end: number;
	readonly lag: number;
}

export function partitionOffsets(world: WorldState): PartitionOffsets[] {
	const log = world.log;
	if (!log) return [];
	return world.consumers.flatMap((c) =>
		c.group
			? log.heads.map((end, k) => ({
					consumer: c.id,
					partition: k,
					owner: c.group!.owner[k],
					committed: c.group!.committed[k],
					end,
					lag: end - c.group!.committed[k]
				}))
			: []
	);
}
