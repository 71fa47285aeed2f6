/**
 * Command handlers: `handlers` instances working concurrently. A free handler takes the next
 * queued command, LOADS the aggregate (latest snapshot + tail), DECIDES, and one tick later
 * APPENDS expecting the version it loaded. Because load and append happen at different ticks, two
 * handlers on one stream really do conflict. On a conflict the handler reloads and decides again
 * (Equinox, Emmett: never re-append the same events), up to `retries` times; then the command
 * fails visibly. Every command ends exactly once: accepted, rejected or failed. There is no
 * aggregate cache: every attempt loads from the store.
 */
import type { DomainEvent } from '../domains/decider';
import type { StoredEvent } from '../eventStore/types';
import { setOwn } from '../own';
import { nextInt } from '../random';
import { append } from '../eventStore/eventStore';
import { publishAfterCommit } from '../readSide/publishing';
import { applyToTruth } from '../readSide/truth';
import { commandId, emit, storeArg, type Context } from '../run/context';
import type { TraceOf } from '../run/trace';
import type { HandlerState, WorldState } from '../run/world';
import { loadAggregate, maybeSnapshot } from '../snapshots/snapshotStore';
import { loadRow, storesState, updateRow, writeAudit } from './stateStorage';
import { uniquenessCheck, reserveUsername } from './uniqueness';

export function newHandlers(count: number): HandlerState[] {
	return Array.from({ length: count }, (_, i) => idle(`h${i + 1}`));
}

function idle(id: string): HandlerState {
	return {
		id,
		phase: 'idle',
		command: -1,
		attempt: 0,
		loadedVersion: 0,
		decidedState: null,
		events: [],
		appendAt: 0,
		reserved: false,
		positions: []
	};
}

/** Commands whose time has come join the queue, in scenario order. */
export function receiveCommands(ctx: Context, world: WorldState): void {
	while (world.nextCommand < ctx.commands.length) {
		const cmd = ctx.commands[world.nextCommand];
		if (cmd.at > world.tick) break;
		world.queue.push(world.nextCommand);
		setOwn(world.lastCommandOf, cmd.client, world.nextCommand);
		emit(ctx, world, {
			t: world.tick,
			type: 'CommandReceived',
			command: commandId(world.nextCommand),
			stream: cmd.stream,
			commandType: cmd.type
		});
		world.counts.commands++;
		world.nextCommand++;
	}
}

/** Appends due this tick first, then free handlers pick up queued commands. */
export function runHandlers(ctx: Context, world: WorldState): void {
	const busyAtStart = new Set<string>();
	for (const h of world.handlers) {
		if (h.phase === 'deciding' && h.appendAt === world.tick) tryAppend(ctx, world, h);
		if (h.phase !== 'idle') busyAtStart.add(h.id);
	}
	for (const h of world.handlers) {
		if (h.phase !== 'idle' || busyAtStart.has(h.id) || world.queue.length === 0) continue;
		const index = world.queue.shift()!;
		h.command = index;
		h.attempt = 1;
		h.reserved = false;
		loadAndDecide(ctx, world, h);
	}
}

function loadAndDecide(ctx: Context, world: WorldState, h: HandlerState): void {
	const cmd = ctx.commands[h.command];
	const id = commandId(h.command);
	const loaded = storesState(ctx)
		? loadRow(ctx, world, cmd.stream)
		: loadAggregate(ctx, world, cmd.stream);
	emit(ctx, world, {
		t: world.tick,
		type: 'CommandLoaded',
		command: id,
		handler: h.id,
		stream: cmd.stream,
		version: loaded.version,
		eventsReplayed: loaded.eventsReplayed,
		snapshotVersion: loaded.snapshotVersion,
		attempt: h.attempt
	});
	const refusal = uniquenessCheck(ctx, world, cmd);
	const decision = refusal
		? ({ ok: false, reason: refusal } as const)
		: ctx.deciderOf(cmd.stream).decide({ type: cmd.type, data: cmd.data }, loaded.state);
	if (!decision.ok) {
		finish(ctx, world, h, {
			t: world.tick,
			type: 'CommandRejected',
			command: id,
			handler: h.id,
			reason: decision.reason
		});
		world.counts.rejected++;
		return;
	}
	h.phase = 'deciding';
	h.loadedVersion = loaded.version;
	h.events = decision.events as DomainEvent[];
	h.decidedState = decision.events.reduce(ctx.deciderOf(cmd.stream).evolve, loaded.state);
	h.appendAt = world.tick + nextInt(world.rng, 'handlers', 1, ctx.scenario.options.decideTicksMax);
}

function tryAppend(ctx: Context, world: WorldState, h: HandlerState): void {
	const cmd = ctx.commands[h.command];
	const id = commandId(h.command);
	if (!h.reserved) {
		const refusal = reserveUsername(ctx, world, cmd, id, h);
		if (refusal) {
			finish(ctx, world, h, {
				t: world.tick,
				type: 'CommandRejected',
				command: id,
				handler: h.id,
				reason: refusal
			});
			world.counts.rejected++;
			return;
		}
		h.reserved = true;
	}
	const expected = h.loadedVersion === 0 ? 'no-stream' : h.loadedVersion;
	const result = storesState(ctx)
		? updateRow(ctx, world, cmd.stream, h.decidedState, expected, id)
		: append(ctx.logs, world, cmd.stream, h.events, expected, id, storeArg(ctx, cmd.stream));
	if (!result.ok) {
		world.counts.conflicts++;
		emit(ctx, world, {
			t: world.tick,
			type: 'AppendConflict',
			command: id,
			handler: h.id,
			stream: cmd.stream,
			expected,
			actual: result.actual,
			attempt: h.attempt
		});
		if (h.attempt > ctx.scenario.options.retries) {
			const reason = `version conflict on ${cmd.stream}, still after ${ctx.scenario.options.retries} retries`;
			finish(ctx, world, h, {
				t: world.tick,
				type: 'CommandFailed',
				command: id,
				handler: h.id,
				reason
			});
			world.counts.failed++;
			return;
		}
		h.attempt++;
		loadAndDecide(ctx, world, h);
		return;
	}
	if (storesState(ctx)) acceptRow(ctx, world, h, result.records);
	else acceptEvents(ctx, world, h, result.records);
}

function acceptEvents(
	ctx: Context,
	world: WorldState,
	h: HandlerState,
	records: readonly StoredEvent[]
): void {
	const cmd = ctx.commands[h.command];
	const id = commandId(h.command);
	const positions = records.map((r) => r.globalPosition);
	for (const r of records) {
		emit(ctx, world, {
			t: world.tick,
			type: 'EventAppended',
			command: id,
			position: r.globalPosition,
			stream: r.streamId,
			version: r.version,
			eventType: r.type,
			...(r.store === undefined ? {} : { store: r.store, storePosition: r.storePosition })
		});
	}
	world.counts.appended += records.length;
	h.positions.push(...positions);
	applyToTruth(ctx, world, records);
	const last = records[records.length - 1];
	maybeSnapshot(ctx, world, cmd.stream, last.version, h.decidedState);
	finish(ctx, world, h, {
		t: world.tick,
		type: 'CommandAccepted',
		command: id,
		handler: h.id,
		positions
	});
	world.counts.accepted++;
	if (ctx.scenario.options.publish === 'dual-write') publishAfterCommit(ctx, world, records, id);
}

/** storage "state": the row is updated; then the audit log's write; then the state message. */
function acceptRow(
	ctx: Context,
	world: WorldState,
	h: HandlerState,
	records: readonly StoredEvent[]
): void {
	const cmd = ctx.commands[h.command];
	const id = commandId(h.command);
	const message = records[0];
	world.counts.rowUpdates++;
	emit(ctx, world, {
		t: world.tick,
		type: 'RowUpdated',
		command: id,
		handler: h.id,
		stream: cmd.stream,
		version: message.version,
		position: message.globalPosition
	});
	writeAudit(ctx, world, { id, stream: cmd.stream, type: cmd.type }, message.version);
	h.positions.push(message.globalPosition);
	applyToTruth(ctx, world, records);
	finish(ctx, world, h, {
		t: world.tick,
		type: 'CommandAccepted',
		command: id,
		handler: h.id,
		positions: [message.globalPosition]
	});
	world.counts.accepted++;
	// Nothing is stored behind the message, so there is nothing for a relay to follow.
	publishAfterCommit(ctx, world, records, id);
}

function finish(
	ctx: Context,
	world: WorldState,
	h: HandlerState,
	outcome: TraceOf<'CommandAccepted' | 'CommandRejected' | 'CommandFailed'>
): void {
	emit(ctx, world, outcome);
	const ended = {
		CommandAccepted: 'accepted',
		CommandRejected: 'rejected',
		CommandFailed: 'failed'
	} as const;
	// Write-once: a replay from a checkpoint writes the identical end again.
	ctx.logs.commandEnds[h.command] = {
		tick: world.tick,
		outcome: ended[outcome.type],
		positions: h.positions
	};
	Object.assign(h, idle(h.id));
}
