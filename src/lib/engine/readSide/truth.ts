/**
 * The truth of a read model: its own projection folded over the store in global order, updated
 * the moment an event is appended. It is what the read model would hold with perfect, instant
 * delivery; a consumer's model is compared with it to show staleness and divergence.
 */
import type { StoredEvent } from '../eventStore/types';
import type { Context } from '../simulation/context';
import type { WorldState } from '../simulation/world';

export function applyToTruth(
	ctx: Context,
	world: WorldState,
	records: readonly StoredEvent[]
): void {
	for (const c of ctx.scenario.consumers) {
		const projection = ctx.projectionOf[c.id];
		for (const r of records) projection.apply(world.truth[c.id], r, ctx.projectionOptions);
	}
}

/** Two read-model views are equal when their canonical JSON is (views sort their keys). */
export function sameView(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
