/**
 * The event store as the notes describe it in a relational database: "the key is the object's
 * id and the version, the value the event type and the whole serialized payload". One table,
 * `PRIMARY KEY (stream_id, version)`: an append that expected a stale version inserts a key that
 * is already taken, so the database itself refuses it, with no lock and no read first.
 */
import type { TraceOf } from '../run/trace';
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

/**
 * How one domain's event store lays out its table. The notes: "each domain's event store is free
 * to store its events in whatever format". The key is always (stream_id, version); the value is
 * the domain's own business. With several domains, each has its own table and format; the read
 * side does not care, because it reads events, not rows.
 */
export interface EventTableFormat {
	readonly table: string;
	readonly sql: string;
	/** The value's columns, after the key. */
	readonly valueColumns: readonly string[];
	/** A stored event's value, one string per value column. */
	value(e: StoredEvent): readonly string[];
}

/** The table of a one-domain run (the notes' table: the type and the whole payload as JSON). */
export const jsonTable = (table = 'events'): EventTableFormat => ({
	table,
	sql: table === 'events' ? eventTableSql : eventTableSql.replace('TABLE events', `TABLE ${table}`),
	valueColumns: ['type', 'payload'],
	value: (e) => [e.type, JSON.stringify(e.data)]
});

/** The inventory's fields per event type, in the order its encoding writes them (schema 1). */
const inventoryFields: Readonly<Record<string, readonly string[]>> = {
	ProductListed: ['sku', 'name'],
	StockReceived: ['sku', 'qty'],
	StockShipped: ['sku', 'qty']
};

/** One field of the positional encoding: `|` and `\` escaped with a backslash. */
const field = (value: unknown): string => String(value).replace(/[\\|]/g, (c) => `\\${c}`);

/**
 * The inventory keeps a compact positional encoding instead of JSON: the fields in the order of
 * the event type's schema, separated by `|`, with the schema's version in its own column (the
 * way Avro or Protocol Buffers records need their schema to be read). A field the schema does not
 * list (a StateSet message, say) is written as JSON.
 */
const inventoryTable: EventTableFormat = {
	table: 'inventory_events',
	sql: `CREATE TABLE inventory_events (
  stream_id  TEXT    NOT NULL,
  version    INTEGER NOT NULL,
  type       TEXT    NOT NULL,
  schema_v   INTEGER NOT NULL, -- how to read body
  body       TEXT    NOT NULL, -- fields in schema order, '|' between
  PRIMARY KEY (stream_id, version)
);`,
	valueColumns: ['type', 'schema_v', 'body'],
	value: (e) => {
		const fields = Object.hasOwn(inventoryFields, e.type) ? inventoryFields[e.type] : null;
		const body = fields ? fields.map((f) => field(e.data[f])).join('|') : JSON.stringify(e.data);
		return [e.type, '1', body];
	}
};

/** The table format of each domain's store in a run with several domains. */
export function domainTable(domain: string): EventTableFormat {
	return domain === 'inventory' ? inventoryTable : jsonTable(`${domain}_events`);
}
