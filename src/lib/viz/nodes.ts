/**
 * The state each topology node shows, read off the world at the cursor: is a consumer instance
 * up, crashed, cut off or catching up; is the relay down; does a read model match its truth.
 * Pure functions of the engine's world, so the picture never says more than the engine knows.
 */
import {
	checkReadModel,
	compareKeys,
	type ConsumerState,
	instanceDown,
	instancePartitioned,
	modelVsTruth,
	type Run,
	type WorldState
} from '$lib/engine';

export type InstanceStatus = 'up' | 'crashed' | 'partitioned' | 'catching-up' | 'waiting';

export function instanceStatus(c: ConsumerState, index: number, tick: number): InstanceStatus {
	if (instanceDown(c, index, tick)) return 'crashed';
	if (instancePartitioned(c, index, tick)) return 'partitioned';
	if (!c.subscribed) return 'waiting';
	if (c.catchUp) return 'catching-up';
	return 'up';
}

/** A row value in a few characters: `5`, `apple=2 pear=1`, `—` for a missing row. */
export function compact(value: unknown): string {
	if (value === undefined || value === null) return '—';
	if (typeof value !== 'object') return String(value);
	if (Array.isArray(value)) return value.map(compact).join(' ');
	return Object.entries(value)
		.sort(([a], [b]) => compareKeys(a, b))
		.map(([k, v]) => (typeof v === 'object' && v !== null ? `${k}(${compact(v)})` : `${k}=${v}`))
		.join(' ');
}

/** The least key of a record, without sorting them all. */
function firstKey(rows: Readonly<Record<string, unknown>>): string | undefined {
	let least: string | undefined;
	for (const key of Object.keys(rows)) if (least === undefined || key < least) least = key;
	return least;
}

export type ModelState = 'converged' | 'behind' | 'diverged';

/** What a read model's box says: converged, behind or diverged, and one row (a differing one first). */
export interface ModelBox {
	readonly state: ModelState;
	/** A differing row if any, else the first row; null for an empty model and truth. */
	readonly row: {
		readonly key: string;
		/** The row as the read model has it, compact ("—" if it has no such row). */
		readonly value: string;
		readonly truth: string;
		readonly differs: boolean;
	} | null;
}

export function readModelBox(run: Run, world: WorldState, c: ConsumerState): ModelBox {
	const comparison = modelVsTruth(run, world, c);
	const differing = comparison.differing;
	const first = comparison.firstDiffering ?? firstKey(comparison.truth);
	// Differing only by events still on their way is lag, the design of an async read model,
	// not divergence (REFERENCE A5): say "behind", not "diverged".
	const state: ModelState =
		differing === 0
			? 'converged'
			: checkReadModel(run, world, c).status === 'pending'
				? 'behind'
				: 'diverged';
	const { model, truth } = comparison;
	const row =
		first === undefined
			? null
			: {
					key: first,
					value: compact(Object.hasOwn(model, first) ? model[first] : undefined),
					truth: compact(Object.hasOwn(truth, first) ? truth[first] : undefined),
					differs: differing > 0
				};
	return { state, row };
}

/** Client names in order of first command, for the clients column. */
export function clientsOf(run: Run): string[] {
	const seen = new Set<string>();
	for (const c of run.ctx.commands) seen.add(c.client);
	return seen.size ? [...seen].slice(0, 6) : ['client'];
}

/** A lookup from command id ("c12") to the client that sent it. */
export function clientLookup(run: Run): (command: string) => string {
	return (command) => run.ctx.commands[Number(command.slice(1)) - 1]?.client ?? 'client';
}
