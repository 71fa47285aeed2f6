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
}

/** What an append expects of the stream: a version, no stream yet, or anything (no check). */
export type ExpectedVersion = number | 'no-stream' | 'any';
