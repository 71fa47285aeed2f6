/**
 * The event store: one stream per domain object, each a list of immutable events keyed by
 * (stream id, version), plus one global log. `append` carries an expected version and either
 * appends all events or returns a conflict with the stream's actual version (EventStoreDB's
 * WrongExpectedVersion; Emmett's ExpectedVersionConflictError). `any` turns the check off.
 */
import type { DomainEvent } from '../domains/decider';
import { appendAt } from '../run/logs';
import { own, setOwn } from '../own';
import type { Logs, WorldState } from '../run/world';
import type { ExpectedVersion, StoredEvent } from './types';

export type AppendResult = { ok: true; records: StoredEvent[] } | { ok: false; actual: number };

/** The stream's current version (0 = no stream yet). */
export function streamVersion(world: WorldState, streamId: string): number {
	return own(world.versions, streamId) ?? 0;
}

function matches(expected: ExpectedVersion, actual: number): boolean {
	if (expected === 'any') return true;
	if (expected === 'no-stream') return actual === 0;
	return expected === actual;
}

export function append(
	logs: Logs,
	world: WorldState,
	streamId: string,
	events: readonly DomainEvent[],
	expected: ExpectedVersion,
	commandId: string,
	/** Several `domains`: the index of the store that keeps this stream (see Context.storeOf). */
	store?: number
): AppendResult {
	const actual = streamVersion(world, streamId);
	if (!matches(expected, actual)) return { ok: false, actual };
	let stream = logs.byStream.get(streamId);
	if (!stream) logs.byStream.set(streamId, (stream = []));
	const records: StoredEvent[] = [];
	const target = world.stores[store ?? 0];
	for (const event of events) {
		const position = world.storeHead + 1;
		const version = streamVersion(world, streamId) + 1;
		const record: StoredEvent = Object.freeze({
			globalPosition: position,
			streamId,
			version,
			eventId: `ev-${position}`,
			type: event.type,
			data: Object.freeze({ ...event.data }),
			tick: world.tick,
			commandId,
			...(store === undefined ? {} : { store: target.domain, storePosition: target.head + 1 })
		});
		const stored = appendAt(logs.events, position - 1, record);
		appendAt(stream, version - 1, stored);
		if (store !== undefined) appendAt((logs.byStore[store] ??= []), target.head, stored);
		world.storeHead = position;
		target.head++;
		setOwn(world.versions, streamId, version);
		records.push(stored);
	}
	return { ok: true, records };
}

/** A store's own log: with one store, the run's log itself. */
export function storeLog(logs: Logs, store: number): readonly StoredEvent[] {
	return logs.byStore.length === 0 ? logs.events : (logs.byStore[store] ?? []);
}

/** The event at a global position (1-based), which must exist. */
export function eventAt(logs: Logs, position: number): StoredEvent {
	return logs.events[position - 1];
}

/**
 * Folds the stream's events after `fromVersion` up to `toVersion` onto `state`. A plain indexed
 * loop over the stored array: this is the replay path whose cost the snapshot lab measures.
 */
export function foldStream<S>(
	logs: Pick<Logs, 'byStream'>,
	streamId: string,
	fromVersion: number,
	toVersion: number,
	state: S,
	evolve: (state: S, event: StoredEvent) => S
): S {
	const stream = logs.byStream.get(streamId) ?? [];
	let s = state;
	for (let i = fromVersion; i < toVersion; i++) s = evolve(s, stream[i]);
	return s;
}
