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

/** Does each consumer's read model (its public view) equal its truth at this tick? */
export function convergence(run: Run, world: WorldState): Record<string, boolean> {
	const out: Record<string, boolean> = {};
	for (const c of world.consumers) {
		const projection = run.ctx.projectionOf[c.id];
		const options = run.ctx.projectionOptions;
		out[c.id] =
			JSON.stringify(projection.view(c.model, options)) ===
			JSON.stringify(projection.view(world.truth[c.id], options));
	}
	return out;
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
