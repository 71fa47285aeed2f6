/**
 * What a run knows that never changes while it runs: the scenario, its expanded commands, the
 * decider and projections it uses, schedules indexed by tick, and the shared logs. The world
 * (world.ts) is what changes; every subsystem is a function of (context, world). The context is
 * built from the domains and projections by simulation/createContext.ts, one floor up: this file
 * names their types only, so the subsystems below the tick loop can import it.
 */
import type { DomainDefinition } from '../domains';
import type { EngineDecider } from '../domains/decider';
import type { Projection, ProjectionOptions } from '../readSide/projection';
import type { ExpandedCommand } from '../scenario/schema';
import type { FaultSpec, Intervention, Scenario } from '../scenario/types';
import type { StreamFolds } from '../snapshots/foldCache';
import { appendAt } from './logs';
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
