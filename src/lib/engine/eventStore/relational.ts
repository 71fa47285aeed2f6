/**
 * The event store as the notes describe it in a relational database: "the key is the object's
 * id and the version, the value the event type and the whole serialized payload". One table,
 * `PRIMARY KEY (stream_id, version)`: an append that expected a stale version inserts a key that
 * is already taken, so the database itself refuses it, with no lock and no read first.
 */
import type { TraceOf } from '../simulation/trace';
import type { StoredEvent } from './types';

export const eventTableSql = `CREATE TABLE events (
  stream_id  TEXT    NOT NULL,
  version    INTEGER NOT NULL,
  type       TEXT    NOT NULL,
  payload    TEXT    NOT NULL, -- serialized in full
  PRIMARY KEY (stream_id, version)
);`;

/** One row of the table: the key, then the value. */
export interface EventRow {
	readonly streamId: string;
	readonly version: number;
	readonly type: string;
	readonly payload: string;
}

export const eventRow = (e: StoredEvent): EventRow => ({
	streamId: e.streamId,
	version: e.version,
	type: e.type,
	payload: JSON.stringify(e.data)
});

/**
 * The key an append refused for a version conflict tried to insert: the version after the one
 * it expected. The store already holds a row with that key (the version-conflict law).
 */
export function refusedKey(conflict: TraceOf<'AppendConflict'>): {
	streamId: string;
	version: number;
} {
	const expected = conflict.expected === 'no-stream' ? 0 : conflict.expected;
	return { streamId: conflict.stream, version: expected + 1 };
}

/** A SQL string literal. */
export const sqlText = (text: string): string => `'${text.replaceAll("'", "''")}'`;
