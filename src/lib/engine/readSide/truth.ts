/**
 * The truth of a read model: its own projection folded over the store in global order, updated
 * the moment an event is appended. It is what the read model would hold with perfect, instant
 * delivery; a consumer's model is compared with it to show staleness and divergence.
 */
import type { StoredEvent } from '../eventStore/types';
import type { Context } from '../run/context';
import type { WorldState } from '../run/world';
import type { ReadModelName } from './projection';
import { projections } from './projections';

export function applyToTruth(
	ctx: Context,
	world: WorldState,
	records: readonly StoredEvent[]
): void {
	// for…in, not Object.keys: this runs on every append, and the world's truth is a plain object.
	for (const name in world.truth) {
		const projection = projections[name as ReadModelName];
		for (const r of records) projection.apply(world.truth[name], r, ctx.projectionOptions);
	}
}

/**
 * A consumer's truth. It depends on the store and the read model alone, so the consumers of one
 * read model share it: a world holds one truth per read model in use (keyed by its name), which
 * keeps a long run's checkpoints and seeks smaller.
 */
export function truthOf(ctx: Context, world: WorldState, consumer: string): unknown {
	return world.truth[ctx.projectionOf[consumer].name];
}

/** Two read-model views are equal when their canonical JSON is (views sort their keys). */
export function sameView(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Deep equality of two projections' working states (plain JSON data), in any key order. Equal
 * states give equal views, and comparing states skips the sorting that building views costs.
 */
export function sameState(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, i) => sameState(item, b[i]));
	}
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = Object.keys(x);
	if (keys.length !== Object.keys(y).length) return false;
	return keys.every((key) => Object.hasOwn(y, key) && sameState(x[key], y[key]));
}
