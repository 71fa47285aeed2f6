/**
 * A projection builds a read model (a view for queries) by applying stored events one at a time.
 * The same projection serves twice: in a consumer fed by the lossy broker, and folded over the
 * store in global order as the read model's TRUTH (what it would hold with perfect delivery).
 *
 * `apply` mutates the projection's working state in place (the simulation clones state at its
 * checkpoints, so frames stay immutable) and returns the keys of the rows it changed, so the UI
 * can follow one event to the read-model rows it touched. `view` gives the public shape that
 * queries, the CLI and the UI see.
 */
import type { StoredEvent } from '../eventStore/types';

export type ReadModelName =
	| 'counter-values'
	| 'cart-contents'
	| 'removed-items'
	| 'stock-levels'
	| 'low-stock'
	| 'usernames'
	| 'cart-view';
export const readModelNames = [
	'counter-values',
	'cart-contents',
	'removed-items',
	'stock-levels',
	'low-stock',
	'usernames',
	'cart-view'
] as const;

export interface ProjectionOptions {
	/** low-stock: a product is listed while its stock is below this. */
	readonly lowStockThreshold: number;
}

export interface Projection<S = unknown, V = unknown> {
	readonly name: ReadModelName;
	/** A fresh, empty working state (JSON-serializable). */
	init(): S;
	/** Apply one event in place; return the keys of the rows it changed ([] if it ignores it). */
	apply(state: S, event: StoredEvent, options: ProjectionOptions): string[];
	/** The read model as queries see it (JSON-serializable, deterministic key order). */
	view(state: S, options: ProjectionOptions): V;
	/**
	 * The view's rows by key (a list's rows by `sku`, without it), in no particular order and
	 * nested keys in any order: what the sandbox compares with the truth on every frame. Unlike
	 * `view` it does not sort or copy thousands of rows; it may return (part of) `state` itself,
	 * which the caller must not mutate. A law ties it to `view` (projections/index.spec.ts).
	 */
	rows(state: S, options: ProjectionOptions): Readonly<Record<string, unknown>>;
	/** One row of `rows` (undefined when there is no such row), without building the others. */
	row(state: S, key: string, options: ProjectionOptions): unknown;
}
