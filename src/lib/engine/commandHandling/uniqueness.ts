/**
 * Unique usernames, the notes' last downside: an event store has no UNIQUE constraint across
 * streams. Two ways a handler can try (option `uniqueness`):
 *
 * - `read-model-check` asks the eventually consistent `usernames` read model whether the name is
 *   taken. It is RACY: two registrations close together both see "free" (the view lags), and a
 *   duplicate gets in, as in real systems.
 * - `reservation` first appends `UsernameReserved` to a stream per value, `username-<name>`,
 *   expecting no stream yet (EventStoreDB's advice; Marten's natural keys are the same idea). The
 *   store serializes the race: the loser gets a conflict and its command is rejected.
 *   Simplification, said on screen: a reservation is never released if the user append then fails.
 */
import { own } from '../own';
import { append } from '../eventStore/eventStore';
import { reservationStream, usernameReserved } from '../domains/registration';
import { publishAfterCommit } from '../readSide/publishing';
import { applyToTruth } from '../readSide/truth';
import { emit, storeArg, type Context } from '../run/context';
import type { ExpandedCommand } from '../scenario/schema';
import type { HandlerState, WorldState } from '../run/world';

function username(ctx: Context, cmd: ExpandedCommand): string | null {
	if (ctx.scenario.domain !== 'registration' || cmd.type !== 'RegisterUser') return null;
	return String(cmd.data.username);
}

/** read-model-check: the reason to reject, or null when the (lagging) view says the name is free. */
export function uniquenessCheck(
	ctx: Context,
	world: WorldState,
	cmd: ExpandedCommand
): string | null {
	const name = username(ctx, cmd);
	if (name === null || ctx.scenario.options.uniqueness !== 'read-model-check') return null;
	const consumer = world.consumers.find((c) => ctx.projectionOf[c.id]?.name === 'usernames');
	if (!consumer) return null;
	const view = ctx.projectionOf[consumer.id].view(consumer.model, ctx.projectionOptions) as Record<
		string,
		number
	>;
	return (own(view, name) ?? 0) > 0
		? `username "${name}" is taken (the usernames read model says so)`
		: null;
}

/** reservation: append to username-<name> expecting no stream; the reason to reject, or null. */
export function reserveUsername(
	ctx: Context,
	world: WorldState,
	cmd: ExpandedCommand,
	commandId: string,
	h: HandlerState
): string | null {
	const name = username(ctx, cmd);
	if (name === null || ctx.scenario.options.uniqueness !== 'reservation') return null;
	const stream = reservationStream(name);
	const result = append(
		ctx.logs,
		world,
		stream,
		[usernameReserved(name, cmd.stream)],
		'no-stream',
		commandId,
		storeArg(ctx, stream)
	);
	if (!result.ok) {
		world.counts.conflicts++;
		emit(ctx, world, {
			t: world.tick,
			type: 'AppendConflict',
			command: commandId,
			handler: h.id,
			stream,
			expected: 'no-stream',
			actual: result.actual,
			attempt: h.attempt
		});
		return `username "${name}" is already reserved (${stream} exists)`;
	}
	for (const r of result.records) {
		emit(ctx, world, {
			t: world.tick,
			type: 'EventAppended',
			command: commandId,
			position: r.globalPosition,
			stream,
			version: r.version,
			eventType: r.type,
			...(r.store === undefined ? {} : { store: r.store, storePosition: r.storePosition })
		});
	}
	world.counts.appended += result.records.length;
	h.positions.push(...result.records.map((r) => r.globalPosition));
	applyToTruth(ctx, world, result.records);
	if (ctx.scenario.options.publish === 'dual-write')
		publishAfterCommit(ctx, world, result.records, commandId);
	return null;
}
