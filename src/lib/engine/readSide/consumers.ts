/**
 * Consumers: each applies events to its read model through its idempotency strategy
 * (`idempotency`):
 *
 * - `none` applies whatever arrives, so a duplicate `Added` over-counts and a late `ValueSet`
 *   reverts a newer one.
 * - `dedupe-id` remembers the ids of applied events and skips a repeat (microservices.io's
 *   idempotent consumer: a processed-message table).
 * - `version-next` remembers the last applied version per stream, skips anything at or below it
 *   and holds a newer event until the gap before it is filled (DDIA: store the offset with the
 *   value; redelivery fills the gap under at-least-once). For delta events, which must all be
 *   applied, once each, in order. If a version never comes, the stream waits for it for good.
 * - `version-newer` applies any version newer than the last applied one and skips the rest,
 *   never holding: a last-writer-wins register. For absolute values (set), where a later value
 *   makes the ones before it irrelevant.
 *
 * Under a queue at-least-once, a consumer acks what it applied ONE TICK LATER (commit after
 * processing): a crash in that window loses the ack, and the broker delivers the event again.
 * Under a log it commits offsets instead (log.ts). The read model and its tracking data live in
 * the consumer's database and survive a crash; pending acks and held events are in memory and do
 * not.
 */
import type { StoredEvent } from '../eventStore/types';
import { eventAt } from '../eventStore/eventStore';
import { emit, type Context } from '../run/context';
import type { ConsumerState, Copy, WorldState } from '../run/world';
import type { ConsumerSpec } from '../scenario/types';
import type { SkipReason } from '../run/trace';
import { route, send } from './broker';
import { instanceSilent } from './instances';
import { emptyTracking, hasApplied, recordApplied } from './tracking';
import { newGroup, usesLog } from './log';
import { deleteOwn, own, setOwn } from '../own';

export function newConsumer(ctx: Context, spec: ConsumerSpec): ConsumerState {
	return {
		id: spec.id,
		subscribed: false,
		catchUp: null,
		instances: Array.from({ length: spec.instances }, () => ({
			downUntil: 0,
			partitionedUntil: 0,
			pendingAcks: [],
			silentSince: null
		})),
		group: newGroup(ctx, spec.instances),
		model: ctx.projectionOf[spec.id].init(),
		...emptyTracking(),
		lastVersion: {},
		held: {}
	};
}

const specOf = (ctx: Context, c: ConsumerState): ConsumerSpec =>
	ctx.scenario.consumers.find((s) => s.id === c.id)!;

/**
 * Consumers whose start tick has come subscribe. Under a log, a new group reads every partition
 * from its first offset. A queue holds only what is published from now on, so a late consumer
 * first catches up from the store, then takes live messages.
 */
export function subscribeConsumers(ctx: Context, world: WorldState): void {
	for (const c of world.consumers) {
		if (c.subscribed || specOf(ctx, c).startAt > world.tick) continue;
		c.subscribed = true;
		const until = usesLog(ctx) ? 0 : livePosition(ctx, world);
		if (until > 0) c.catchUp = { next: 1, until };
		emit(ctx, world, {
			t: world.tick,
			type: 'ConsumerSubscribed',
			consumer: c.id,
			catchUpTo: until
		});
	}
}

/**
 * The last position handed to the broker: live delivery covers everything after it. (With
 * several stores the relays' checkpoints are in each store's own positions, and the scenario
 * refuses a late consumer under a queue, so this catch-up runs with one store only.)
 */
const livePosition = (ctx: Context, world: WorldState): number =>
	ctx.scenario.options.publish === 'outbox' ? world.stores[0].relay.checkpoint : world.storeHead;

/**
 * A catching-up consumer reads `catchUpPerTick` events straight from the store, in order, up to
 * the live position as it moves (an EventStoreDB catch-up subscription). It takes no live message
 * until it has reached that position, so nothing live is applied before what came before it.
 */
export function catchUp(ctx: Context, world: WorldState): void {
	for (const c of world.consumers) {
		if (!c.catchUp) continue;
		c.catchUp.until = Math.max(c.catchUp.until, livePosition(ctx, world));
		for (
			let n = 0;
			n < ctx.scenario.options.catchUpPerTick && c.catchUp.next <= c.catchUp.until;
			n++
		) {
			const record = eventAt(ctx.logs, c.catchUp.next);
			const instance = route(c, record.streamId, world.tick);
			if (instanceSilent(c, instance, world.tick)) break;
			receiveEvent(ctx, world, c, instance, record, null);
			c.catchUp.next++;
		}
		if (c.catchUp.next > c.catchUp.until) {
			emit(ctx, world, {
				t: world.tick,
				type: 'CatchUpFinished',
				consumer: c.id,
				position: c.catchUp.until
			});
			c.catchUp = null;
		}
	}
}

/** One event reaches a consumer instance, by a message copy or (copy = null) from the store. */
export function receiveEvent(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	instance: number,
	record: StoredEvent,
	copy: Copy | null
): void {
	const mode = specOf(ctx, c).idempotency;
	const message = copy?.id ?? null;
	const position = record.globalPosition;
	switch (mode) {
		case 'none':
			apply(ctx, world, c, instance, record, message);
			break;
		case 'dedupe-id':
			if (hasApplied(c, position)) skip(ctx, world, c, instance, position, message, 'duplicate');
			else apply(ctx, world, c, instance, record, message);
			break;
		case 'version-newer': {
			const last = own(c.lastVersion, record.streamId) ?? 0;
			if (record.version <= last) {
				const reason = record.version === last ? 'duplicate' : 'stale';
				skip(ctx, world, c, instance, position, message, reason);
			} else {
				apply(ctx, world, c, instance, record, message);
				setOwn(c.lastVersion, record.streamId, record.version);
			}
			break;
		}
		case 'version-next': {
			const last = own(c.lastVersion, record.streamId) ?? 0;
			if (record.version <= last) {
				skip(
					ctx,
					world,
					c,
					instance,
					position,
					message,
					record.version === last ? 'duplicate' : 'stale'
				);
			} else if (record.version > last + 1) {
				hold(ctx, world, c, instance, record, copy, last + 1);
				return; // not acked: it is not applied yet
			} else {
				apply(ctx, world, c, instance, record, message);
				setOwn(c.lastVersion, record.streamId, record.version);
				drainHeld(ctx, world, c, record.streamId);
			}
			break;
		}
		default: {
			const _exhaustive: never = mode;
			throw new Error(`unknown idempotency ${_exhaustive}`);
		}
	}
	if (copy?.delivery) c.instances[instance].pendingAcks.push({ delivery: copy.delivery, position });
}

function apply(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	instance: number,
	record: StoredEvent,
	message: string | null
): void {
	const rows = ctx.projectionOf[c.id].apply(c.model, record, ctx.projectionOptions);
	const p = record.globalPosition;
	const first = recordApplied(c, p);
	world.counts.applied++;
	emit(ctx, world, {
		t: world.tick,
		type: 'EventApplied',
		consumer: c.id,
		instance,
		position: p,
		message,
		rows,
		lag: first ? world.tick - record.tick : null
	});
}

function skip(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	instance: number,
	position: number,
	message: string | null,
	reason: SkipReason
): void {
	world.counts.skipped++;
	if (reason === 'duplicate') world.counts.skippedDuplicate++;
	else world.counts.skippedStale++;
	emit(ctx, world, {
		t: world.tick,
		type: 'EventSkipped',
		consumer: c.id,
		instance,
		position,
		message,
		reason
	});
}

function hold(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	instance: number,
	record: StoredEvent,
	copy: Copy | null,
	waitingFor: number
): void {
	let held = own(c.held, record.streamId);
	if (!held) setOwn(c.held, record.streamId, (held = []));
	if (!held.some((h) => h.position === record.globalPosition)) {
		held.push({ position: record.globalPosition, delivery: copy?.delivery ?? null, instance });
	}
	emit(ctx, world, {
		t: world.tick,
		type: 'EventHeld',
		consumer: c.id,
		instance,
		position: record.globalPosition,
		message: copy?.id ?? null,
		waitingFor
	});
}

/** Applies held events of a stream while the next one in version order is among them. */
function drainHeld(ctx: Context, world: WorldState, c: ConsumerState, streamId: string): void {
	const held = own(c.held, streamId);
	if (!held) return;
	for (;;) {
		const want = (own(c.lastVersion, streamId) ?? 0) + 1;
		const i = held.findIndex((h) => eventAt(ctx.logs, h.position).version === want);
		if (i < 0) break;
		const [h] = held.splice(i, 1);
		apply(ctx, world, c, h.instance, eventAt(ctx.logs, h.position), null);
		setOwn(c.lastVersion, streamId, want);
		if (h.delivery)
			c.instances[h.instance].pendingAcks.push({ delivery: h.delivery, position: h.position });
	}
	if (held.length === 0) deleteOwn(c.held, streamId);
}

/** Acks for what was applied last tick go out now (unless the instance is cut off). */
export function sendPendingAcks(ctx: Context, world: WorldState): void {
	for (const c of world.consumers) {
		c.instances.forEach((inst, i) => {
			if (inst.pendingAcks.length === 0) return;
			if (instanceSilent(c, i, world.tick)) return;
			for (const a of inst.pendingAcks) {
				send(
					ctx,
					world,
					{ kind: 'ack', delivery: a.delivery, position: a.position, consumer: c.id, instance: i },
					'publish'
				);
			}
			inst.pendingAcks = [];
		});
	}
}

/** A crash loses what the instance held in memory: unsent acks and held events. */
export function crashInstance(c: ConsumerState, instance: number): void {
	c.instances[instance].pendingAcks = [];
	for (const [stream, held] of Object.entries(c.held)) {
		const kept = held.filter((h) => h.instance !== instance);
		if (kept.length) setOwn(c.held, stream, kept);
		else deleteOwn(c.held, stream);
	}
}
