/**
 * Getting events from the store to the broker (option `publish`):
 *
 * - `dual-write`: the handler appends, then publishes as a second step. With probability
 *   `publishCrash` it dies in between: the event is stored but never published, the notes'
 *   "isn't atomicity lost again?" (yes; Emmett calls onAfterCommit best effort).
 * - `outbox`: a relay follows the store's global log from its own checkpoint (a transactional
 *   outbox, or a catch-up subscription to the store). It checkpoints once per BATCH, as real
 *   relays do (EventStoreDB checkpoints every 32 events by default), so a crash after publishing
 *   and before the checkpoint publishes the whole batch again: at-least-once, never a loss.
 */
import type { StoredEvent } from '../eventStore/types';
import { chance } from '../random';
import { emit, type Context } from '../simulation/context';
import type { WorldState } from '../simulation/world';
import { publish } from './broker';

/** Events the relay publishes per tick before it moves its checkpoint. */
export const relayBatchSize = 8;

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

export function relayIsDown(world: WorldState): boolean {
	return world.relay.downUntil > world.tick;
}

export function runRelay(ctx: Context, world: WorldState): void {
	if (ctx.scenario.options.publish !== 'outbox' || relayIsDown(world)) return;
	const relay = world.relay;
	const last = Math.min(world.storeHead, relay.checkpoint + relayBatchSize);
	for (let p = relay.checkpoint + 1; p <= last; p++) {
		publish(ctx, world, p, 'relay', p <= relay.highWater);
		relay.highWater = Math.max(relay.highWater, p);
		if (chance(world.rng, 'faults', ctx.scenario.options.publishCrash)) {
			crashRelay(ctx, world, ctx.scenario.options.relayRestartTicks);
			return;
		}
	}
	relay.checkpoint = last;
}

export function crashRelay(ctx: Context, world: WorldState, ticks: number): void {
	world.relay.downUntil = world.tick + ticks;
	emit(ctx, world, {
		t: world.tick,
		type: 'RelayCrashed',
		checkpoint: world.relay.checkpoint,
		until: world.relay.downUntil
	});
}
