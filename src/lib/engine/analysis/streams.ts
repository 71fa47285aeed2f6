/**
 * A stream at any version: the notes' state(n) = fold(evolve, initialState, events 1..n), done
 * with the run's own decider over the stream's stored events. The snapshot store is only an
 * optimization of this fold; the panel shows the fold itself.
 */
import { foldStream } from '../eventStore/eventStore';
import { domainTable, jsonTable, type EventTableFormat } from '../eventStore/relational';
import type { StoredEvent } from '../eventStore/types';
import type { Run } from '../simulation/timeline';

/** The stream's events with a version <= `version` (1-based; 0 = none). */
export function streamEvents(run: Run, streamId: string, version: number): StoredEvent[] {
	return (run.logs.byStream.get(streamId) ?? []).slice(0, Math.max(0, version));
}

/** The aggregate's state after its first `version` events. */
export function streamStateAt(run: Run, streamId: string, version: number): unknown {
	const max = run.logs.byStream.get(streamId)?.length ?? 0;
	const v = Math.max(0, Math.min(max, Math.floor(version)));
	const { initialState, evolve } = run.ctx.deciderOf(streamId);
	return foldStream(run.logs, streamId, 0, v, initialState, evolve);
}

/** The streams that exist among the first `storeHead` events, in order of first append. */
export function streamsIn(events: readonly StoredEvent[]): string[] {
	const seen = new Set<string>();
	for (const e of events) seen.add(e.streamId);
	return [...seen];
}

const streamsCache = new WeakMap<Run, string[]>();

/** Every stream of a run, in order of first append (once per run: the store is append-only). */
export function streamsOf(run: Run): string[] {
	let streams = streamsCache.get(run);
	if (!streams) streamsCache.set(run, (streams = streamsIn(run.logs.events)));
	return streams;
}

/**
 * The last `limit` records in the store at `storeHead`, of one stream or all, and how many there
 * are in all: what the event-store table shows, without copying the store on every seek.
 */
export function lastRecords(
	run: Run,
	storeHead: number,
	stream: string | null,
	limit: number
): { shown: StoredEvent[]; total: number } {
	const log = logOf(run, stream);
	const lo = countUpTo(log, storeHead);
	return { shown: log.slice(Math.max(0, lo - limit), lo), total: lo };
}

const logOf = (run: Run, stream: string | null): readonly StoredEvent[] =>
	stream === null ? run.logs.events : (run.logs.byStream.get(stream) ?? []);

/** The records of a log (in global order) at or before the store's head. */
function countUpTo(log: readonly StoredEvent[], storeHead: number): number {
	let lo = 0;
	let hi = log.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (log[mid].globalPosition <= storeHead) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The largest global position, stream version and tick in a run's store. */
export interface StoreExtent {
	readonly position: number;
	readonly version: number;
	readonly tick: number;
}

const extentCache = new WeakMap<Run, StoreExtent>();

/** How far a run's store reaches (once per run): e.g. how wide its number columns must be. */
export function storeExtent(run: Run): StoreExtent {
	let extent = extentCache.get(run);
	if (!extent) {
		const last = run.logs.events.at(-1);
		let version = 0;
		for (const log of run.logs.byStream.values()) version = Math.max(version, log.length);
		extent = { position: last?.globalPosition ?? 0, version, tick: last?.tick ?? 0 };
		extentCache.set(run, extent);
	}
	return extent;
}

/** One store's table at a tick, as the event table shows it: its format and its last rows. */
export interface StoreTable {
	/** The domain whose store this is, or null in a run of one domain (the notes' one table). */
	readonly domain: string | null;
	readonly format: EventTableFormat;
	readonly rows: readonly StoredEvent[];
}

/**
 * The event tables at the store's head: one in a run of one domain; with several domains, one
 * per domain, each in its own format, holding that domain's last `limit` rows (only the picked
 * stream's domain when `stream` is given).
 */
export function eventTablesAt(
	run: Run,
	storeHead: number,
	stream: string | null,
	limit: number
): StoreTable[] {
	const names = run.scenario.domains;
	if (!names) {
		const rows = lastRecords(run, storeHead, stream, limit).shown;
		return [{ domain: null, format: jsonTable(), rows }];
	}
	const picked = stream === null ? names : [run.ctx.domainOf(stream).name];
	return picked.map((domain) => {
		const rows: StoredEvent[] = [];
		const log = logOf(run, stream);
		for (let i = countUpTo(log, storeHead) - 1; i >= 0 && rows.length < limit; i--)
			if (run.ctx.domainOf(log[i].streamId).name === domain) rows.push(log[i]);
		return { domain, format: domainTable(domain), rows: rows.reverse() };
	});
}
