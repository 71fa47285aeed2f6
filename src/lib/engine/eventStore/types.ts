/**
 * A stored event: one row of the event store's table. Key (streamId, version), value (type,
 * data), as in Marten's `mt_events` or Emmett's `emt_messages`. Versions are 1-BASED (as in
 * Marten, Emmett and Python eventsourcing; EventStoreDB counts from 0). The global position is
 * 1-based and gap-free because this store is a single-writer log, like EventStoreDB's, not a
 * SQL sequence (where positions can have gaps; see Marten's high-water mark).
 */
export interface StoredEvent {
	readonly globalPosition: number;
	readonly streamId: string;
	readonly version: number;
	readonly eventId: string;
	readonly type: string;
	readonly data: Readonly<Record<string, unknown>>;
	readonly tick: number;
	/** The command that produced this event (causal id). */
	readonly commandId: string;
	/**
	 * Several `domains` only: the domain whose store holds the event, and its position in that
	 * store's own log, gapless from 1 (each store its own $all, as each EventStoreDB or Marten
	 * database keeps). `globalPosition` is then the run's number for the event, in the order the
	 * stores appended, which the broker and the read side use as its id. Absent with one domain,
	 * where the one store's position is `globalPosition`.
	 */
	readonly store?: string;
	readonly storePosition?: number;
}

/** What an append expects of the stream: a version, no stream yet, or anything (no check). */
export type ExpectedVersion = number | 'no-stream' | 'any';
