/**
 * The snapshot store, kept apart from the events (as Axon's snapshot table or Greg Young's
 * `Snapshots(AggregateId, SerializedData, Version)`). A stream is snapshotted every N events
 * (Axon's EventCountSnapshotTriggerDefinition); loading = the latest snapshot + the events after
 * it, which is the notes' state(n) = state(m) + events(m..n). Snapshots are an optimization: the
 * events stay the truth.
 */
import { streamVersion } from '../eventStore/eventStore';
import { foldFrom } from './foldCache';
import { appendAt } from '../run/logs';
import { own, setOwn } from '../own';
import { emit, type Context } from '../run/context';
import type { Snapshot, WorldState } from '../run/world';

export interface Loaded {
	state: unknown;
	version: number;
	eventsReplayed: number;
	snapshotVersion: number | null;
}

export function latestSnapshot(ctx: Context, world: WorldState, streamId: string): Snapshot | null {
	const index = own(world.latestSnapshot, streamId);
	return index === undefined ? null : ctx.logs.snapshots[index];
}

/** Loads an aggregate: its latest snapshot (if any) plus the tail of events after it. */
export function loadAggregate(ctx: Context, world: WorldState, streamId: string): Loaded {
	const version = streamVersion(world, streamId);
	const snapshot =
		ctx.scenario.options.snapshotEvery > 0 ? latestSnapshot(ctx, world, streamId) : null;
	const from = snapshot ? snapshot.version : 0;
	const decider = ctx.deciderOf(streamId);
	const start = snapshot ? snapshot.state : decider.initialState;
	const state = foldFrom(ctx.folds, ctx.logs, decider.evolve, streamId, from, version, start);
	world.loads.count++;
	world.loads.eventsReplayed += version - from;
	if (snapshot) world.loads.snapshotsUsed++;
	return {
		state,
		version,
		eventsReplayed: version - from,
		snapshotVersion: snapshot?.version ?? null
	};
}

/** After an append: snapshot the stream once N events have piled up since its last snapshot. */
export function maybeSnapshot(
	ctx: Context,
	world: WorldState,
	streamId: string,
	version: number,
	state: unknown
): void {
	const every = ctx.scenario.options.snapshotEvery;
	if (every <= 0) return;
	const last = latestSnapshot(ctx, world, streamId)?.version ?? 0;
	if (version - last < every) return;
	const snapshot: Snapshot = Object.freeze({ streamId, version, state, tick: world.tick });
	appendAt(ctx.logs.snapshots, world.snapshotCount, snapshot);
	setOwn(world.latestSnapshot, streamId, world.snapshotCount);
	world.snapshotCount++;
	emit(ctx, world, { t: world.tick, type: 'SnapshotTaken', stream: streamId, version });
}
