/**
 * Queries: at tick `at` a client reads a consumer's read model. The answer is STALE when it
 * differs from the truth at that tick; the record says how stale (events not yet applied, and
 * ticks since the oldest of them was appended). The lag is the design of async projections, not
 * a bug (Marten, Emmett). With `readYourWrites`, a query that follows the client's own command
 * waits until the read model has applied that command's events (DDIA: remember your write's
 * position and wait for the view to catch up); the ticks it waited are recorded.
 */
import { eventAt } from '../eventStore/eventStore';
import { own } from '../own';
import { commandEnded, emit, type Context } from '../run/context';
import type { ConsumerState, PendingQuery, WorldState } from '../run/world';
import { sameView, truthOf } from './truth';
import { hasApplied } from './tracking';

export function askQueries(ctx: Context, world: WorldState, ticks: readonly number[]): void {
	for (const at of ticks) {
		for (const index of ctx.queriesAt.get(at) ?? []) {
			const q = ctx.scenario.queries[index];
			const waitFor = ctx.scenario.options.readYourWrites
				? (own(world.lastCommandOf, q.client) ?? -1)
				: -1;
			world.pendingQueries.push({ index, askedAt: world.tick, waitFor });
		}
	}
	if (world.pendingQueries.length === 0) return;
	const lastTick = world.tick >= ctx.scenario.ticks;
	world.pendingQueries = world.pendingQueries.filter((pq) => {
		const c = world.consumers.find((x) => x.id === ctx.scenario.queries[pq.index].consumer)!;
		if (!lastTick && !hasSeenOwnWrite(ctx, world, c, pq)) return true;
		answer(ctx, world, c, pq);
		return false;
	});
}

function hasSeenOwnWrite(
	ctx: Context,
	world: WorldState,
	c: ConsumerState,
	pq: PendingQuery
): boolean {
	if (pq.waitFor < 0) return true;
	const end = commandEnded(ctx, world, pq.waitFor);
	return end !== null && end.positions.every((p) => hasApplied(c, p));
}

function answer(ctx: Context, world: WorldState, c: ConsumerState, pq: PendingQuery): void {
	const projection = ctx.projectionOf[c.id];
	const view = projection.view(c.model, ctx.projectionOptions);
	const truth = projection.view(truthOf(ctx, world, c.id), ctx.projectionOptions);
	const stale = !sameView(view, truth);
	const eventsBehind = world.storeHead - c.distinctApplied;
	const oldest = c.contiguous + 1;
	const ticksBehind = oldest <= world.storeHead ? world.tick - eventAt(ctx.logs, oldest).tick : 0;
	world.counts.queries++;
	if (stale) world.counts.staleReads++;
	emit(ctx, world, {
		t: world.tick,
		type: 'QueryAnswered',
		query: pq.index,
		consumer: c.id,
		client: ctx.scenario.queries[pq.index].client,
		stale,
		eventsBehind,
		ticksBehind,
		waitedTicks: world.tick - pq.askedAt
	});
}
