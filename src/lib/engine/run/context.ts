/**
 * What a run knows that never changes while it runs: the scenario, its expanded commands, the
 * decider and projections it uses, schedules indexed by tick, and the shared logs. The world
 * (world.ts) is what changes; every subsystem is a function of (context, world).
 */
import type { EngineDecider } from '../domains/decider';
import { domains, owningDomain, type DomainDefinition } from '../domains';
import { appendAt } from './logs';
import { emptyRecord } from '../own';
import type { Projection, ProjectionOptions } from '../readSide/projection';
import { projections } from '../readSide/projections';
import { expandCommands, type ExpandedCommand } from '../scenario/schema';
import type { FaultSpec, Intervention, Scenario } from '../scenario/types';
import type { StreamFolds } from '../snapshots/foldCache';
import type { TraceRecord } from './trace';
import type { CommandEnd, Logs, WorldState } from './world';

export interface Context {
	readonly scenario: Scenario;
	readonly commands: readonly ExpandedCommand[];
	/** The scenario's `domain`: with several `domains`, the first of them. */
	readonly domain: DomainDefinition;
	readonly decider: EngineDecider;
	/**
	 * The domain and decider that own a stream. With one domain, always `domain` and `decider`;
	 * with several, the domain whose stream ids match (a stream no domain claims, such as a
	 * registration's `username-` reservation, stays with the first).
	 */
	domainOf(streamId: string): DomainDefinition;
	deciderOf(streamId: string): EngineDecider;
	/** The index (in `world.stores`) of the store that keeps a stream's events: 0 with one domain. */
	storeOf(streamId: string): number;
	/** With several `domains`, `store` fields name the store in the trace and in stored events. */
	readonly severalStores: boolean;
	/** The projection of each consumer, by consumer id (a record with no prototype: a consumer
	 * may be called `constructor`). */
	readonly projectionOf: Readonly<Record<string, Projection>>;
	readonly projectionOptions: ProjectionOptions;
	readonly faultsAt: ReadonlyMap<number, FaultSpec[]>;
	readonly interventionsAt: ReadonlyMap<number, Intervention[]>;
	readonly queriesAt: ReadonlyMap<number, number[]>;
	readonly logs: Logs;
	/**
	 * Folds of each stream that loads computed (see snapshots/foldCache.ts). Derived from the
	 * append-only log alone (version v of a stream is the same event in every replay), so they
	 * are shared by the run and its replays, like the logs.
	 */
	readonly folds: Map<string, StreamFolds>;
}

function byTick<T extends { at: number }>(items: readonly T[]): Map<number, T[]> {
	const map = new Map<number, T[]>();
	for (const item of items) {
		const list = map.get(item.at);
		if (list) list.push(item);
		else map.set(item.at, [item]);
	}
	return map;
}

export function newLogs(): Logs {
	return {
		events: [],
		byStream: new Map(),
		byStore: [],
		snapshots: [],
		partitions: [],
		trace: [],
		commandEnds: []
	};
}

export function createContext(scenario: Scenario, logs: Logs = newLogs()): Context {
	const domain = domains[scenario.domain];
	const projectionOf = emptyRecord<Projection>();
	for (const c of scenario.consumers) projectionOf[c.id] = projections[c.readModel];
	const queriesAt = new Map<number, number[]>();
	scenario.queries.forEach((q, i) => {
		const list = queriesAt.get(q.at);
		if (list) list.push(i);
		else queriesAt.set(q.at, [i]);
	});
	const deciderOptions = { eventStyle: scenario.options.eventStyle };
	const decider = domain.decider(deciderOptions);
	const several = scenario.domains;
	const deciders = new Map((several ?? []).map((n) => [n, domains[n].decider(deciderOptions)]));
	const domainOf = several
		? (streamId: string) => owningDomain(several, streamId) ?? domain
		: () => domain;
	return {
		scenario,
		commands: expandCommands(scenario),
		domain,
		decider,
		domainOf,
		deciderOf: several ? (streamId) => deciders.get(domainOf(streamId).name)! : () => decider,
		storeOf: several
			? (streamId) => several.indexOf(domainOf(streamId).name as (typeof several)[number])
			: () => 0,
		severalStores: several !== undefined,
		projectionOf,
		projectionOptions: { lowStockThreshold: scenario.options.lowStockThreshold },
		faultsAt: byTick(scenario.faults),
		interventionsAt: byTick(scenario.interventions),
		queriesAt,
		logs,
		folds: new Map()
	};
}

/** Records one step of the run in the trace. */
export function emit(ctx: Context, world: WorldState, record: TraceRecord): void {
	appendAt(ctx.logs.trace, world.traceLength, record);
	world.traceLength++;
}

export const commandId = (index: number): string => `c${index + 1}`;

/** How a command ended, if it had ended by the world's tick. */
export function commandEnded(ctx: Context, world: WorldState, index: number): CommandEnd | null {
	const end = ctx.logs.commandEnds[index];
	return end && end.tick <= world.tick ? end : null;
}

/** The store argument of an append: the stream's store with several domains, else none. */
export const storeArg = (ctx: Context, streamId: string): number | undefined =>
	ctx.severalStores ? ctx.storeOf(streamId) : undefined;
