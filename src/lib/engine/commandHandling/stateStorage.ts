/**
 * The traditional baseline the notes open with (`options.storage: "state"`): the command side
 * keeps ONE ROW of current state per stream and updates it in place (`UPDATE … WHERE version = ?`),
 * then, as a second write outside that transaction, appends an entry to a separate audit log. With
 * probability `logCrash` the process dies between the two writes: the row changed, the log never
 * heard of it. The entry holds only what the developer chose to log (which command touched which
 * row), not what changed.
 *
 * What it publishes is a `set`-style STATE MESSAGE (`StateSet {state}`: the row as it now is),
 * always as a dual write: nothing is stored behind it, so a message lost on the way is lost for
 * good. The messages sent are kept in the run's log of events only because the simulation routes
 * every copy by position; nothing on the command side ever reads them back (there is no relay and
 * no replay), and a load reads the row alone.
 */
import type { DomainEvent } from '../domains/decider';
import { append, type AppendResult } from '../eventStore/eventStore';
import type { ExpectedVersion } from '../eventStore/types';
import { own, setOwn } from '../own';
import { chance } from '../random';
import { stateMessage } from '../readSide/stateMessages';
import { emit, storeArg, type Context } from '../run/context';
import type { WorldState } from '../run/world';
import type { Loaded } from '../snapshots/snapshotStore';

export const storesState = (ctx: Context): boolean => ctx.scenario.options.storage === 'state';

/** A load reads the row: no events to replay, and no history to replay them from. */
export function loadRow(ctx: Context, world: WorldState, streamId: string): Loaded {
	const row = own(world.rows, streamId);
	world.loads.count++;
	return {
		state: row ? row.state : ctx.deciderOf(streamId).initialState,
		version: row?.version ?? 0,
		eventsReplayed: 0,
		snapshotVersion: null
	};
}

/**
 * The first write: the row, if its version is still the one loaded. On success it returns the
 * state message the update will publish (as a one-record append, so the read side can route it).
 */
export function updateRow(
	ctx: Context,
	world: WorldState,
	streamId: string,
	state: unknown,
	expected: ExpectedVersion,
	commandId: string
): AppendResult {
	const actual = own(world.rows, streamId)?.version ?? 0;
	const matches = expected === 'no-stream' ? actual === 0 : expected === actual;
	if (!matches) return { ok: false, actual };
	const message: DomainEvent = stateMessage(state);
	const result = append(
		ctx.logs,
		world,
		streamId,
		[message],
		'any',
		commandId,
		storeArg(ctx, streamId)
	);
	if (!result.ok) return result;
	setOwn(world.rows, streamId, { version: actual + 1, state, tick: world.tick });
	return result;
}

/** The second write, outside the row's transaction: the audit log's entry, or its loss. */
export function writeAudit(
	ctx: Context,
	world: WorldState,
	command: { id: string; stream: string; type: string },
	version: number
): void {
	if (chance(world.rng, 'faults', ctx.scenario.options.logCrash ?? 0)) {
		world.counts.logLost++;
		emit(ctx, world, {
			t: world.tick,
			type: 'AuditLost',
			command: command.id,
			stream: command.stream
		});
		return;
	}
	world.counts.audited++;
	emit(ctx, world, {
		t: world.tick,
		type: 'AuditWritten',
		command: command.id,
		stream: command.stream,
		commandType: command.type,
		version
	});
}
