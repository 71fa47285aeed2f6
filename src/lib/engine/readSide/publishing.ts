/**
 * Getting events from the store to the broker (option `publish`):
 *
 * - `dual-write`: the handler appends, then publishes as a second step. With probability
 *   `publishCrash` it dies in between: the event is stored but never published, the notes'
 *   "isn't atomicity lost again?" (yes; Emmett calls onAfterCommit best effort).
 * - `outbox`: a relay follows the store's log from its own checkpoint (a transactional
 *   outbox, or a catch-up subscription to the store). It checkpoints once per BATCH, as real
 *   relays do (EventStoreDB checkpoints every 32 events by default), so a crash after publishing
 *   and before the checkpoint publishes the whole batch again: at-least-once, never a loss.
 *   With several `domains`, each domain's store has its own relay, checkpoint and crashes.
 */
import { storeLog } from '../eventStore/eventStore';
import type { StoredEvent } from '../eventStore/types';
import { chance } from '../random';
import { emit, type Context } from '../run/context';
import type { Logs, StoreState, WorldState } from '../run/world';
import { publish } from './broker';

/** Events the relay publishes per tick before it moves its checkpoint. */
const relayBatchSize = 8;

export function publishAfterCommit(
	ctx: Context,
	world: WorldState,
	records: readonly StoredEvent[],
	commandId: string
): void {
	const crashed = chance(world.rng, 'faults', ctx.scenario.options.publishCrash);
	for (const r of records) {
		if (crashed) {
			world.counts.publishLost++;
			emit(ctx, world, {
				t: world.tick,
				type: 'PublishLost',
				position: r.globalPosition,
				command: commandId
			});
		} else publish(ctx, world, r.globalPosition, 'handler', false);
	}
}

/** Whether a store's relay is down at `tick` (crashed, not yet restarted). */
export const storeRelayDown = (store: StoreState, tick: number): boolean =>
	store.relay.downUntil > tick;

/**
 * Each store's relay follows that store's own log from its own checkpoint, in store order; one
 * that is down (or crashes now) holds back only its own store's events.
 */
export function runRelay(ctx: Context, world: WorldState): void {
	if (ctx.scenario.options.publish !== 'outbox') return;
	world.stores.forEach((_, i) => runStoreRelay(ctx, world, i));
}

function runStoreRelay(ctx: Context, world: WorldState, index: number): void {
	const store = world.stores[index];
	const relay = store.relay;
	if (storeRelayDown(store, world.tick)) return;
	const log = storeLog(ctx.logs, index);
	const last = Math.min(store.head, relay.checkpoint + relayBatchSize);
	for (let p = relay.checkpoint + 1; p <= last; p++) {
		publish(ctx, world, log[p - 1].globalPosition, 'relay', p <= relay.highWater);
		relay.highWater = Math.max(relay.highWater, p);
		if (chance(world.rng, 'faults', ctx.scenario.options.publishCrash)) {
			crashRelay(ctx, world, index, ctx.scenario.options.relayRestartTicks);
			return;
		}
	}
	relay.checkpoint = last;
}

/** The stores a relay target names: `relay` is every store's, `relay:<domain>` one store's. */
export function relayTargets(world: WorldState, domain: string | null): number[] {
	if (domain === null) return world.stores.map((_, i) => i);
	const i = world.stores.findIndex((s) => s.domain === domain);
	return i < 0 || world.stores.length < 2 ? [] : [i];
}

/** The `store` field of a relay's trace records: only with several stores. */
const storeField = (world: WorldState, index: number): { store?: string } =>
	world.stores.length > 1 ? { store: world.stores[index].domain } : {};

export function crashRelay(ctx: Context, world: WorldState, index: number, ticks: number): void {
	const relay = world.stores[index].relay;
	relay.downUntil = world.tick + ticks;
	emit(ctx, world, {
		t: world.tick,
		type: 'RelayCrashed',
		checkpoint: relay.checkpoint,
		until: relay.downUntil,
		...storeField(world, index)
	});
}

export function restartRelay(ctx: Context, world: WorldState, index: number): void {
	const relay = world.stores[index].relay;
	emit(ctx, world, {
		t: world.tick,
		type: 'RelayRestarted',
		checkpoint: relay.checkpoint,
		...storeField(world, index)
	});
}

/** The event at a global position has been handed over by its store's relay (outbox). */
export function relayed(logs: Logs, world: WorldState, position: number): boolean {
	const event = logs.events[position - 1];
	const i = event.store === undefined ? 0 : world.stores.findIndex((s) => s.domain === event.store);
	return (event.storePosition ?? position) <= world.stores[i].relay.checkpoint;
}
