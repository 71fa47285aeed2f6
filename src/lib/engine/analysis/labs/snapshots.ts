/**
 * The snapshot lab's deterministic half: a long-lived counter stream, its snapshots, what a load
 * replays, what it all takes to store, and the notes' law state(n) = state(m) + events(m..n).
 * The loads follow the engine's load path (`loadAggregate`): the latest snapshot at or below the
 * version, then `foldStream` over the tail. Timing those loads is the browser's job (a worker in
 * src/lib/labs/snapshots); nothing here reads a clock.
 */
import { evolveCounter, initialCounterState, type CounterState } from '../../domains/counter';
import { evolveStored } from '../../domains/decider';
import { foldStream } from '../../eventStore/eventStore';
import type { StoredEvent } from '../../eventStore/types';
import { newLogs } from '../../run/context';
import type { Logs, Snapshot } from '../../run/world';

/** The lab's stream holds only counter events. */
export const evolveLabStream = evolveStored(evolveCounter);

export const labStreamId = 'counter-1';
export const labStreamLengths = [10, 100, 1_000, 10_000, 100_000] as const;
/** Snapshot every N events; 0 = no snapshots. */
export const labSnapshotIntervals = [0, 10, 100, 1_000] as const;

/** A deterministic delta amount per version: varied, small, and summing to a checkable total. */
const labAmount = (version: number): number => ((version * 7) % 11) - 3;

/** The stream of `length` `Added` events the lab measures, as the event store would hold it. */
export function labStream(length: number): StoredEvent[] {
	const events: StoredEvent[] = new Array(length);
	for (let i = 0; i < length; i++) {
		const version = i + 1;
		events[i] = Object.freeze({
			globalPosition: version,
			streamId: labStreamId,
			version,
			eventId: `ev-${version}`,
			type: 'Added',
			data: Object.freeze({ amount: labAmount(version) }),
			tick: version,
			commandId: `c${version}`
		});
	}
	return events;
}

/** The logs of a one-stream store, so the lab folds through the engine's own `foldStream`. */
export const labLogs = (events: StoredEvent[]): Logs => ({
	...newLogs(),
	events,
	byStream: new Map([[labStreamId, events]])
});

/** The snapshots the engine would take every `interval` events (after versions k, 2k, ...). */
export function labSnapshots(logs: Logs, interval: number): Snapshot[] {
	if (interval <= 0) return [];
	const events = logs.byStream.get(labStreamId) ?? [];
	const snapshots: Snapshot[] = [];
	let state: CounterState = initialCounterState;
	for (let v = interval; v <= events.length; v += interval) {
		state = foldStream(logs, labStreamId, v - interval, v, state, evolveLabStream);
		snapshots.push(Object.freeze({ streamId: labStreamId, version: v, state, tick: v }));
	}
	return snapshots;
}

/** The latest snapshot at or below `version` (snapshots sorted by version, one per interval). */
function snapshotAtOrBelow(
	snapshots: readonly Snapshot[],
	interval: number,
	version: number
): Snapshot | null {
	if (interval <= 0) return null;
	const index = Math.floor(version / interval) - 1;
	return index >= 0 && index < snapshots.length ? snapshots[index] : null;
}

/** Loads the stream at `version` the engine's way: latest snapshot + the tail after it. */
export function loadAt(
	logs: Logs,
	snapshots: readonly Snapshot[],
	interval: number,
	version: number
): CounterState {
	const snapshot = snapshotAtOrBelow(snapshots, interval, version);
	const from = snapshot ? snapshot.version : 0;
	const start = snapshot ? (snapshot.state as CounterState) : initialCounterState;
	return foldStream(logs, labStreamId, from, version, start, evolveLabStream);
}

/** Events a load at `version` replays. */
export const replayedAt = (version: number, interval: number): number =>
	interval > 0 ? version % interval : version;

export interface ReplayCost {
	/** Mean over the stream's life: one load before each command, at versions 0..n-1. */
	meanPerLoad: number;
	/** The most any of those loads replays. */
	worstPerLoad: number;
	/** Loading the latest state, at version n. */
	latestLoad: number;
}

/** What a stream of `length` events replays per load, exactly, from the load path's rule. */
export function replayCost(length: number, interval: number): ReplayCost {
	if (length <= 0) return { meanPerLoad: 0, worstPerLoad: 0, latestLoad: 0 };
	const k = interval > 0 ? interval : length;
	// Sum of (v mod k) for v = 0..n-1: whole cycles of 0..k-1, then a partial one.
	const cycles = Math.floor(length / k);
	const rest = length % k;
	const sum = cycles * ((k * (k - 1)) / 2) + (rest * (rest - 1)) / 2;
	return {
		meanPerLoad: sum / length,
		worstPerLoad: Math.min(length, k) - 1,
		latestLoad: replayedAt(length, interval)
	};
}

/**
 * Versions to time loads at: `count` of them spread over 0..n-1 by the golden ratio, so they
 * fall all over each snapshot cycle instead of aliasing onto multiples of the interval.
 */
export function sampleVersions(length: number, count: number): number[] {
	const versions: number[] = [];
	const phi = 0.6180339887498949;
	for (let i = 0; i < count; i++) versions.push(Math.floor(length * ((0.5 + i * phi) % 1)));
	return versions;
}

/** Bytes of a record stored as JSON (UTF-8), as a document store or a JSON column would. */
export function jsonBytes(record: unknown): number {
	const text = JSON.stringify(record);
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c < 0xdc00) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

export interface Storage {
	eventRecords: number;
	eventBytes: number;
	snapshotRecords: number;
	snapshotBytes: number;
}

export function storageOf(events: readonly StoredEvent[], snapshots: readonly Snapshot[]): Storage {
	let eventBytes = 0;
	for (const e of events) eventBytes += jsonBytes(e);
	let snapshotBytes = 0;
	for (const s of snapshots) snapshotBytes += jsonBytes(s);
	return {
		eventRecords: events.length,
		eventBytes,
		snapshotRecords: snapshots.length,
		snapshotBytes
	};
}

export interface LawCheck {
	n: number;
	m: number;
	/** state(n): every event folded from the initial state. */
	full: number;
	/** state(m) from the snapshot, plus events m+1..n. */
	fromSnapshot: number;
	holds: boolean;
}

/**
 * The notes' law on the measured stream: state(n) = state(m) + events(m..n), with m the latest
 * snapshot below n. `evolve` may differ from the one that took the snapshot: that is the hazard
 * of a changed evolve (REFERENCE A2), which this check then exposes as a mismatch.
 */
export function checkSnapshotLaw(
	logs: Logs,
	snapshots: readonly Snapshot[],
	interval: number,
	evolve: (state: CounterState, event: StoredEvent) => CounterState = evolveLabStream
): LawCheck | null {
	const n = logs.byStream.get(labStreamId)?.length ?? 0;
	const snapshot = snapshotAtOrBelow(snapshots, interval, Math.max(0, n - 1));
	if (!snapshot) return null;
	const m = snapshot.version;
	const full = foldStream(logs, labStreamId, 0, n, initialCounterState, evolve).value;
	const tail = foldStream(logs, labStreamId, m, n, snapshot.state as CounterState, evolve);
	return { n, m, full, fromSnapshot: tail.value, holds: full === tail.value };
}

/** An evolve "changed in a new release": amounts now count double. Old snapshots don't know. */
export function changedEvolve(state: CounterState, event: StoredEvent): CounterState {
	const next = evolveLabStream(state, event);
	return event.type === 'Added' ? { value: state.value + 2 * (next.value - state.value) } : next;
}
