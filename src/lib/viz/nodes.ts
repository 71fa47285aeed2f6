/**
 * The state each topology node shows, read off the world at the cursor: is a consumer instance
 * up, crashed, cut off or catching up; is the relay down; does a read model match its truth.
 * Pure functions of the engine's world, so the picture never says more than the engine knows.
 */
import type { ConsumerState, Run, WorldState } from '$lib/engine/simulation';

export type InstanceStatus = 'up' | 'crashed' | 'partitioned' | 'catching-up' | 'waiting';

export function instanceStatus(c: ConsumerState, index: number, tick: number): InstanceStatus {
	const inst = c.instances[index];
	if (inst.downUntil > tick) return 'crashed';
	if (inst.partitionedUntil > tick) return 'partitioned';
	if (!c.subscribed) return 'waiting';
	if (c.catchUp) return 'catching-up';
	return 'up';
}

/** The name a fault or intervention uses for instance `index`: `id`, or `id#n` in a group. */
export const targetName = (consumer: string, index: number, instances: number): string =>
	instances > 1 ? `${consumer}#${index + 1}` : consumer;

export interface ViewRow {
	readonly key: string;
	/** The row as the read model has it, compact ("—" if it has no such row). */
	readonly value: string;
	readonly truth: string;
	readonly differs: boolean;
}

/** A row value in a few characters: `5`, `apple=2 pear=1`, `—` for a missing row. */
export function compact(value: unknown): string {
	if (value === undefined || value === null) return '—';
	if (typeof value !== 'object') return String(value);
	if (Array.isArray(value)) return value.map(compact).join(' ');
	return Object.entries(value)
		.map(([k, v]) => (typeof v === 'object' && v !== null ? `${k}(${compact(v)})` : `${k}=${v}`))
		.join(' ');
}

/** Row by row, a read model's view against its truth's view (both keyed records). */
export function compareViews(view: unknown, truth: unknown): ViewRow[] {
	const a = (view ?? {}) as Record<string, unknown>;
	const b = (truth ?? {}) as Record<string, unknown>;
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
	return keys.map((key) => {
		const value = Object.hasOwn(a, key) ? compact(a[key]) : '—';
		const t = Object.hasOwn(b, key) ? compact(b[key]) : '—';
		return { key, value, truth: t, differs: JSON.stringify(a[key]) !== JSON.stringify(b[key]) };
	});
}

/** Each consumer's read model (its public view) against its truth at this tick. */
export function readModelRows(run: Run, world: WorldState): Record<string, ViewRow[]> {
	const out: Record<string, ViewRow[]> = {};
	const options = run.ctx.projectionOptions;
	for (const c of world.consumers) {
		const projection = run.ctx.projectionOf[c.id];
		out[c.id] = compareViews(
			projection.view(c.model, options),
			projection.view(world.truth[c.id], options)
		);
	}
	return out;
}

/** Does each consumer's read model equal its truth at this tick? */
export function convergence(run: Run, world: WorldState): Record<string, boolean> {
	const rows = readModelRows(run, world);
	return Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, !r.some((x) => x.differs)]));
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
