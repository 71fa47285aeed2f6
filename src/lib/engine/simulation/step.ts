/**
 * One tick of the world, in a fixed order so that the run is a pure fold over ticks:
 *
 *   1. nodes come back, then faults and interventions scheduled for this tick strike;
 *   2. consumers whose time has come subscribe (a late one catches up from the store); under a
 *      log, groups rebalance if a member left or came back;
 *   3. acks (a log: offset commits) owed since last tick go out; copies due now arrive (or vanish);
 *   4. queue: catching-up consumers read from the store, unacked deliveries are sent again;
 *      log: each partition's owner fetches the records it has not read yet;
 *   5. producer retries write their record again (log); the outbox relay publishes what the
 *      store gained up to last tick;
 *   6. commands arrive; handlers append what they decided last tick, then free handlers load
 *      and decide (a dual-write handler publishes right after its append);
 *   7. queries are answered (or keep waiting for the client's own write).
 */
import { newHandlers, receiveCommands, runHandlers } from '../commandHandling/handlers';
import { seedStreams } from '../random';
import { deliverArrivals, noDeadline, redeliver } from '../readSide/broker';
import { catchUp, newConsumer, sendPendingAcks, subscribeConsumers } from '../readSide/consumers';
import {
	fetchRecords,
	newLogState,
	rebalance,
	runProducerRetries,
	sendCommits
} from '../readSide/log';
import { applyFaults, healNodes } from '../readSide/faults';
import { runRelay } from '../readSide/publishing';
import { askQueries } from '../readSide/queries';
import type { Context } from '../run/context';
import { zeroCounts } from '../run/counts';
import type { WorldState } from '../run/world';

/** The world at tick 0: nothing has happened yet. */
export function initialWorld(ctx: Context): WorldState {
	const { scenario } = ctx;
	const world: WorldState = {
		tick: 0,
		rng: seedStreams(scenario.seed),
		storeHead: 0,
		versions: {},
		rows: {},
		latestSnapshot: {},
		snapshotCount: 0,
		traceLength: 0,
		nextMessage: 0,
		nextDelivery: 0,
		nextCommand: 0,
		queue: [],
		handlers: newHandlers(scenario.options.handlers),
		lastCommandOf: {},
		stores: (scenario.domains ?? [scenario.domain]).map((domain) => ({
			domain,
			head: 0,
			relay: { checkpoint: 0, downUntil: 0, highWater: 0 }
		})),
		inFlight: [],
		deliveries: {},
		nextRedelivery: noDeadline,
		log: newLogState(ctx),
		consumers: [],
		truth: {},
		pendingQueries: [],
		counts: zeroCounts(),
		loads: { count: 0, eventsReplayed: 0, snapshotsUsed: 0 }
	};
	for (const spec of scenario.consumers) {
		world.consumers.push(newConsumer(ctx, spec));
		world.truth[ctx.projectionOf[spec.id].name] ??= ctx.projectionOf[spec.id].init();
	}
	return world;
}

/** Advances the world by one tick, in place. */
export function step(ctx: Context, world: WorldState): void {
	world.tick++;
	// Anything scheduled at tick 0 happens in the first tick.
	const due = world.tick === 1 ? [0, 1] : [world.tick];
	healNodes(ctx, world);
	applyFaults(ctx, world, due);
	subscribeConsumers(ctx, world);
	rebalance(ctx, world);
	sendPendingAcks(ctx, world);
	sendCommits(ctx, world);
	deliverArrivals(ctx, world);
	catchUp(ctx, world);
	redeliver(ctx, world);
	fetchRecords(ctx, world);
	runProducerRetries(ctx, world);
	runRelay(ctx, world);
	receiveCommands(ctx, world);
	runHandlers(ctx, world);
	askQueries(ctx, world, due);
}
