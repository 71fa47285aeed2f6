/**
 * The broker and the lossy network between it and the consumers. Two kinds (`options.broker`):
 * the ordered log is in log.ts; this file is the QUEUE (`broker: "queue"`), and what both share:
 * the wire, arrivals and losses.
 *
 * The queue behaves like SQS, RabbitMQ or an EventStoreDB persistent subscription: every copy
 * travels on its own, with its own delay, so copies overtake each other; the broker keeps an ack
 * per message and sends again when none came within `ackTimeout`, so a redelivery can come after
 * later events. Reordering and duplicates are real here, and that is what this broker shows.
 *
 * Each published event goes to every subscribed consumer entry. An entry with several instances
 * is a consumer group: the stream id picks the instance (as RabbitMQ's consistent-hash exchange
 * does), so one event reaches one instance; but copies on the wire still overtake each other,
 * so a queue keeps no order, even per stream. While the owner is down, its streams go to the
 * next live instance at once, so a crash before the ack redelivers to ANOTHER member.
 *
 * Every send draws the same four numbers from the `network` stream (drop, delay, duplicate,
 * duplicate's delay), whatever the probabilities, so one knob never reshuffles the rest.
 * `at-least-once` keeps a Delivery per (event, consumer) and sends again when no ack came back
 * within `ackTimeout` ticks; `at-most-once` is fire and forget. Nothing here is exactly-once.
 */
import { eventAt } from '../eventStore/eventStore';
import { chance, nextInt } from '../random';
import { emit, type Context } from '../run/context';
import type { Copy, ConsumerState, WorldState } from '../run/world';
import type { CopyCause, LossReason } from '../run/trace';
import { deleteOwn, setOwn } from '../own';
import { receiveEvent } from './consumers';
import { instanceDown, instancePartitioned } from './instances';
import { arriveFromLog, produce, usesLog } from './log';

/** FNV-1a: a stable partition key for a stream id. */
export function partitionOf(streamId: string, instances: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < streamId.length; i++) h = Math.imul(h ^ streamId.charCodeAt(i), 0x01000193);
	return (h >>> 0) % instances;
}

/** The instance that owns the stream now: its partition's owner, or the next live one. */
export function route(c: ConsumerState, streamId: string, tick: number): number {
	const n = c.instances.length;
	const owner = partitionOf(streamId, n);
	for (let k = 0; k < n; k++) {
		const i = (owner + k) % n;
		if (!instanceDown(c, i, tick)) return i;
	}
	return owner;
}

export function publish(
	ctx: Context,
	world: WorldState,
	position: number,
	by: 'handler' | 'relay',
	again: boolean
): void {
	world.counts.published++;
	const event = eventAt(ctx.logs, position);
	const from = event.store === undefined ? {} : { store: event.store };
	emit(ctx, world, { t: world.tick, type: 'Published', position, by, again, ...from });
	if (usesLog(ctx)) return produce(ctx, world, position);
	const streamId = event.streamId;
	for (const c of world.consumers) {
		// A consumer still catching up from the store takes live messages only once it has caught up.
		if (!c.subscribed || c.catchUp) continue;
		let delivery: string | null = null;
		if (ctx.scenario.options.delivery === 'at-least-once') {
			delivery = `d${++world.nextDelivery}`;
			const deadline = world.tick + ctx.scenario.options.ackTimeout;
			setOwn(world.deliveries, delivery, {
				id: delivery,
				position,
				consumer: c.id,
				deadline,
				attempts: 1
			});
			world.nextRedelivery = Math.min(world.nextRedelivery, deadline);
		}
		const instance = route(c, streamId, world.tick);
		send(ctx, world, { kind: 'event', delivery, position, consumer: c.id, instance }, 'publish');
	}
}

type Address = Pick<
	Copy,
	'kind' | 'delivery' | 'position' | 'consumer' | 'instance' | 'partition' | 'offset'
>;

/** Puts one copy (and maybe a network duplicate) on the wire. */
export function send(ctx: Context, world: WorldState, to: Address, cause: CopyCause): void {
	const net = ctx.scenario.network;
	const lost = chance(world.rng, 'network', net.drop);
	const delay = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	const duplicated = chance(world.rng, 'network', net.duplicate);
	const duplicateDelay = nextInt(world.rng, 'network', net.delayMin, net.delayMax);
	const lostAt = lost ? world.tick + Math.ceil(delay / 2) : null;
	putOnWire(ctx, world, to, cause, world.tick + delay, lostAt);
	if (duplicated && to.kind === 'event') {
		world.counts.duplicated++;
		putOnWire(ctx, world, to, 'duplicate', world.tick + duplicateDelay, null);
	}
}

export function putOnWire(
	ctx: Context,
	world: WorldState,
	to: Address,
	cause: CopyCause,
	arriveAt: number,
	lostAt: number | null
): Copy {
	const copy: Copy = {
		id: `m${++world.nextMessage}`,
		kind: to.kind,
		delivery: to.delivery,
		position: to.position,
		consumer: to.consumer,
		instance: to.instance,
		sentAt: world.tick,
		arriveAt,
		lostAt,
		cause
	};
	if (to.partition !== undefined) {
		copy.partition = to.partition;
		copy.offset = to.offset;
	}
	world.inFlight.push(copy);
	world.counts.sent++;
	emit(ctx, world, {
		t: world.tick,
		type: 'MessageSent',
		message: copy.id,
		kind: copy.kind,
		position: copy.position,
		consumer: copy.consumer,
		instance: copy.instance,
		delivery: copy.delivery,
		cause,
		arriveAt,
		lostAt,
		...(copy.partition === undefined ? {} : { partition: copy.partition, offset: copy.offset })
	});
	return copy;
}

/** Copies whose time has come arrive (or vanish), in the order they were sent. */
export function deliverArrivals(ctx: Context, world: WorldState): void {
	const t = world.tick;
	if (!world.inFlight.some((m) => m.arriveAt === t || m.lostAt === t)) return;
	const due: Copy[] = [];
	world.inFlight = world.inFlight.filter((m) => {
		const isDue = m.lostAt === t || (m.lostAt === null && m.arriveAt === t);
		if (isDue) due.push(m);
		return !isDue;
	});
	for (const m of due) {
		if (m.lostAt === t) lose(ctx, world, m, 'network');
		else if (m.partition !== undefined) arriveFromLog(ctx, world, m);
		else if (m.kind === 'ack') receiveAck(ctx, world, m);
		else arriveAtConsumer(ctx, world, m);
	}
}

export function lose(ctx: Context, world: WorldState, m: Copy, reason: LossReason): void {
	world.counts.dropped++;
	emit(ctx, world, { t: world.tick, type: 'MessageLost', message: m.id, reason });
}

function receiveAck(ctx: Context, world: WorldState, m: Copy): void {
	if (!m.delivery || !world.deliveries[m.delivery]) return; // a late ack for a settled delivery
	deleteOwn(world.deliveries, m.delivery);
	emit(ctx, world, { t: world.tick, type: 'AckReceived', message: m.id, delivery: m.delivery });
}

function arriveAtConsumer(ctx: Context, world: WorldState, m: Copy): void {
	const c = world.consumers.find((x) => x.id === m.consumer)!;
	if (instanceDown(c, m.instance, world.tick)) return lose(ctx, world, m, 'crashed');
	if (instancePartitioned(c, m.instance, world.tick)) return lose(ctx, world, m, 'partitioned');
	world.counts.delivered++;
	emit(ctx, world, { t: world.tick, type: 'MessageDelivered', message: m.id });
	receiveEvent(ctx, world, c, m.instance, eventAt(ctx.logs, m.position), m);
}

/** No deadline: JSON has no Infinity, and a world must survive a JSON round trip. */
export const noDeadline = Number.MAX_SAFE_INTEGER;

/** at-least-once: a delivery not acked in time is sent again, until it is acked. */
export function redeliver(ctx: Context, world: WorldState): void {
	if (world.tick < world.nextRedelivery) return;
	let next = noDeadline;
	for (const d of Object.values(world.deliveries)) {
		if (d.deadline > world.tick) {
			next = Math.min(next, d.deadline);
			continue;
		}
		const c = world.consumers.find((x) => x.id === d.consumer)!;
		d.attempts++;
		d.deadline = world.tick + ctx.scenario.options.ackTimeout;
		next = Math.min(next, d.deadline);
		world.counts.redelivered++;
		const instance = route(c, eventAt(ctx.logs, d.position).streamId, world.tick);
		send(
			ctx,
			world,
			{ kind: 'event', delivery: d.id, position: d.position, consumer: c.id, instance },
			'redelivery'
		);
	}
	world.nextRedelivery = next;
}
