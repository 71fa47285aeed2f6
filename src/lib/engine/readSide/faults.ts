/**
 * Faults from the scenario (`faults`) and a user's interventions (`interventions`), applied at
 * the start of their tick. Crashing a consumer instance loses what reaches it while it is down
 * and the acks it owed; crashing the relay stops publishing until it restarts from its
 * checkpoint; a partition cuts an instance off (nothing reaches it, its acks wait). Interventions
 * on one message copy (drop, duplicate, delay) are what the UI's clicks record: data, so a share
 * link can replay them.
 */
import { emit, type Context } from '../run/context';
import { instanceParts, parseTarget } from '../scenario/targets';
import type { FaultSpec, Intervention } from '../scenario/types';
import type { WorldState } from '../run/world';
import { lose, putOnWire } from './broker';
import { crashInstance } from './consumers';
import { crashLogInstance, pokeLogCopy } from './log';
import { crashRelay, relayTargets, restartRelay } from './publishing';

/** What a fault target (scenario/targets.ts) names in this world: store indices, or instances. */
function resolveTarget(
	world: WorldState,
	target: string
): { relay: number[] } | { consumer: string; instances: number[] } | null {
	const parts = parseTarget(target);
	if (parts.kind === 'relay') return { relay: relayTargets(world, parts.domain) };
	const c = world.consumers.find((x) => x.id === parts.consumer);
	if (!c) return null;
	if (parts.kind === 'consumer') return { consumer: c.id, instances: c.instances.map((_, k) => k) };
	const i = parts.instance;
	return i >= 0 && i < c.instances.length ? { consumer: c.id, instances: [i] } : null;
}

/** Nodes whose down time or partition ends now come back. */
export function healNodes(ctx: Context, world: WorldState): void {
	const t = world.tick;
	world.stores.forEach((s, i) => {
		if (s.relay.downUntil === t) restartRelay(ctx, world, i);
	});
	for (const c of world.consumers) {
		c.instances.forEach((inst, i) => {
			const target = instanceParts(c.id, i);
			if (inst.downUntil === t) emit(ctx, world, { t, type: 'NodeRestarted', target });
			if (inst.partitionedUntil === t) emit(ctx, world, { t, type: 'PartitionHealed', target });
		});
	}
}

function crash(
	ctx: Context,
	world: WorldState,
	target: string,
	duration: number,
	cause: 'fault' | 'intervention'
): void {
	const t = world.tick;
	const resolved = resolveTarget(world, target);
	if (!resolved) return;
	if ('relay' in resolved) {
		if (ctx.scenario.options.publish !== 'outbox') return;
		for (const i of resolved.relay) crashRelay(ctx, world, i, duration);
		return;
	}
	const c = world.consumers.find((x) => x.id === resolved.consumer)!;
	for (const i of resolved.instances) {
		c.instances[i].downUntil = t + duration;
		crashInstance(c, i);
		crashLogInstance(ctx, world, c, i);
		emit(ctx, world, {
			t,
			type: 'NodeCrashed',
			target: instanceParts(c.id, i),
			until: t + duration,
			cause
		});
	}
}

function restart(ctx: Context, world: WorldState, target: string): void {
	const t = world.tick;
	const resolved = resolveTarget(world, target);
	if (!resolved) return;
	if ('relay' in resolved) {
		for (const i of resolved.relay) {
			if (world.stores[i].relay.downUntil <= t) continue;
			world.stores[i].relay.downUntil = t;
			restartRelay(ctx, world, i);
		}
		return;
	}
	const c = world.consumers.find((x) => x.id === resolved.consumer)!;
	for (const i of resolved.instances) {
		if (c.instances[i].downUntil <= t) continue;
		c.instances[i].downUntil = t;
		emit(ctx, world, {
			t,
			type: 'NodeRestarted',
			target: instanceParts(c.id, i)
		});
	}
}

function partition(ctx: Context, world: WorldState, fault: FaultSpec): void {
	const resolved = resolveTarget(world, fault.target);
	if (!resolved || 'relay' in resolved) return;
	const c = world.consumers.find((x) => x.id === resolved.consumer)!;
	const until = world.tick + fault.duration;
	for (const i of resolved.instances) {
		c.instances[i].partitionedUntil = until;
		emit(ctx, world, {
			t: world.tick,
			type: 'PartitionStarted',
			target: instanceParts(c.id, i),
			until
		});
	}
}

function intervene(ctx: Context, world: WorldState, iv: Intervention): void {
	switch (iv.kind) {
		case 'crash':
			return crash(ctx, world, iv.target, iv.duration, 'intervention');
		case 'restart':
			return restart(ctx, world, iv.target);
		case 'drop':
		case 'duplicate':
		case 'delay': {
			const copy = world.inFlight.find((m) => m.id === iv.message);
			if (!copy) return; // already arrived: nothing to poke
			if (copy.partition !== undefined)
				return pokeLogCopy(ctx, world, copy, iv.kind, iv.kind === 'delay' ? iv.ticks : 0);
			if (iv.kind === 'drop') {
				world.inFlight = world.inFlight.filter((m) => m !== copy);
				lose(ctx, world, copy, 'intervention');
			} else if (iv.kind === 'duplicate') {
				world.counts.duplicated++;
				putOnWire(ctx, world, copy, 'intervention', Math.max(copy.arriveAt, world.tick) + 1, null);
			} else {
				copy.arriveAt += iv.ticks;
				if (copy.lostAt !== null) copy.lostAt += iv.ticks;
				emit(ctx, world, {
					t: world.tick,
					type: 'MessageDelayed',
					message: copy.id,
					arriveAt: copy.arriveAt
				});
			}
			return;
		}
		default: {
			const _exhaustive: never = iv;
			return _exhaustive;
		}
	}
}

export function applyFaults(ctx: Context, world: WorldState, ticks: readonly number[]): void {
	for (const at of ticks) {
		for (const f of ctx.faultsAt.get(at) ?? []) {
			if (f.kind === 'crash') crash(ctx, world, f.target, f.duration, 'fault');
			else partition(ctx, world, f);
		}
		for (const iv of ctx.interventionsAt.get(at) ?? []) intervene(ctx, world, iv);
	}
}
