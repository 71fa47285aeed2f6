/**
 * engine/run/ is the ground floor: what one run is made of (this world, its context, trace,
 * counts and logs), below every subsystem and importing none of their code (layers.spec.ts).
 *
 * The world: everything a run holds at the end of one tick. Two kinds of part:
 *
 * - Append-only LOGS (the store's events, the snapshots, the trace) live once per run in `Logs`
 *   and are never rewritten; the world only holds how far into each it has got (`storeHead`,
 *   `versions`, `snapshotCount`, `traceLength`). A frame at tick t is a view of their prefixes.
 * - The small mutable STATE below (handlers, messages in flight, consumers, read models, the
 *   PRNG streams) is JSON, cloned at checkpoints, so any tick can be rebuilt by restoring the
 *   nearest checkpoint and replaying forward (RaftScope's timeline, made deterministic).
 */
import type { DomainEvent } from '../domains/decider';
import type { StoredEvent } from '../eventStore/types';
import type { RngState } from '../random';
import type { RunCounts } from './counts';
import type { CopyCause, TraceRecord } from './trace';

/**
 * storage "state" (commandHandling/stateStorage.ts): one row of the state table, the stream's
 * current state and the version of its last update.
 */
export interface Row {
	readonly version: number;
	readonly state: unknown;
	readonly tick: number;
}

export interface Snapshot {
	readonly streamId: string;
	readonly version: number;
	readonly state: unknown;
	readonly tick: number;
}

export interface Logs {
	/** The event store's global log, in global-position order (position p at index p - 1). */
	readonly events: StoredEvent[];
	/** The same events indexed by stream (version v at index v - 1). A Map: stream ids are user
	 * data, and may be `constructor` or `__proto__`. */
	readonly byStream: Map<string, StoredEvent[]>;
	/** Several `domains`: each store's own log, by store (the index in `domains`), in its own
	 * position order (store position s at index s - 1). Empty with one domain: `events` is it. */
	readonly byStore: StoredEvent[][];
	readonly snapshots: Snapshot[];
	/** log broker: each partition's records, in offset order (offset o at index o). */
	readonly partitions: LogRecord[][];
	readonly trace: TraceRecord[];
	/**
	 * How each expanded command ended (by command index), written once when it ends. Kept here
	 * rather than in the world so checkpoints stay small; an end is visible at a tick only if it
	 * happened by then (`commandEnded`).
	 */
	readonly commandEnds: CommandEnd[];
}

/** One record in a partition of the log broker: an event, as a publisher handed it over. */
export interface LogRecord {
	readonly position: number;
	readonly tick: number;
	/** A producer's retry wrote it: the same event is already at an earlier offset. */
	readonly retry: boolean;
	/** Several `domains`: the store (domain) whose publisher wrote it. */
	readonly store?: string;
}

export interface CommandEnd {
	readonly tick: number;
	readonly outcome: 'accepted' | 'rejected' | 'failed';
	/** The global positions the command appended (its reservation included). */
	readonly positions: readonly number[];
}

export type HandlerPhase = 'idle' | 'deciding';

export interface HandlerState {
	id: string;
	phase: HandlerPhase;
	/** Index into the expanded commands, or -1. */
	command: number;
	attempt: number;
	loadedVersion: number;
	/** The aggregate's state after the decided events: what a snapshot would hold. */
	decidedState: unknown;
	events: DomainEvent[];
	appendAt: number;
	/** registration + reservation: this command already holds its username-<name> stream. */
	reserved: boolean;
	/** Positions appended for the current command so far. */
	positions: number[];
}

/** One copy of a message on the wire: an event to a consumer, or an ack back to the broker. */
export interface Copy {
	id: string;
	kind: 'event' | 'ack';
	/** The delivery this copy belongs to (at-least-once bookkeeping), or null. */
	delivery: string | null;
	position: number;
	consumer: string;
	instance: number;
	sentAt: number;
	arriveAt: number;
	/** The network lost it: it vanishes at this tick, half way. */
	lostAt: number | null;
	cause: CopyCause;
	/** log broker: the partition and offset this record copy (or commit) is about. */
	partition?: number;
	offset?: number;
}

/** At-least-once: one published event owed to one consumer, until an ack comes back. */
export interface Delivery {
	id: string;
	position: number;
	consumer: string;
	deadline: number;
	attempts: number;
}

export interface InstanceState {
	downUntil: number;
	partitionedUntil: number;
	/** Deliveries applied (or skipped) but not yet acked: a crash loses these acks. */
	pendingAcks: { delivery: string; position: number }[];
	/** log broker: since when the instance has been silent (down or cut off), or null. */
	silentSince: number | null;
}

/**
 * A consumer group's view of the log broker, per partition. `committed` lives in the broker
 * (Kafka's __consumer_offsets) and survives anything; `fetched` and `processed` are the owner's
 * memory, reset to `committed` when it crashes or the partition changes hands.
 */
export interface GroupState {
	/** Rebalances so far (Kafka's generation id); 0 until the group first assigns its partitions. */
	generation: number;
	/** The instance that owns each partition, or -1 while no member is left. */
	owner: number[];
	/** Each instance counts as a member of the group (not silent for a session timeout). */
	members: boolean[];
	/** The committed offset: where a new owner starts reading. */
	committed: number[];
	/** The next offset the owner fetches. */
	fetched: number[];
	/** Records the owner has processed (the offset after the last one). */
	processed: number[];
	/** The offset the owner last sent a commit for. */
	commitSent: number[];
	/** The furthest offset ever fetched: a fetch below it reads a record again. */
	highWater: number[];
	/** The tick the last copy on each partition's link arrives: an ordered link, nothing overtakes. */
	linkBusyUntil: number[];
}

export interface ConsumerState {
	id: string;
	subscribed: boolean;
	/** While catching up from the store: the next position to read and the last one to read. */
	catchUp: { next: number; until: number } | null;
	instances: InstanceState[];
	/** log broker: the group's partitions and offsets; null under a queue. */
	group: GroupState | null;
	/** The projection's working state (the read model as stored in its database). */
	model: unknown;
	/**
	 * Which positions were applied, and how often: the tracking table kept with the model. Stored
	 * compactly, because every checkpoint holds it: every position up to `contiguous` was applied,
	 * and so was each one in `appliedAbove`; `repeats` counts the applies beyond a position's
	 * first. Read it through readSide/tracking.ts.
	 */
	contiguous: number;
	appliedAbove: Record<number, true>;
	repeats: Record<number, number>;
	distinctApplied: number;
	/** version-next, version-newer: last applied version per stream. */
	lastVersion: Record<string, number>;
	/** version-next: events held until the gap before them is filled, per stream. */
	held: Record<string, { position: number; delivery: string | null; instance: number }[]>;
}

/** The outbox relay of one store: its checkpoint and highest position ever published (in the
 * store's own positions), and until when it is down. */
export interface RelayState {
	checkpoint: number;
	downUntil: number;
	highWater: number;
}

export interface StoreState {
	/** The domain whose events it keeps. */
	domain: string;
	/** Events in this store: its last position. */
	head: number;
	relay: RelayState;
}

export interface PendingQuery {
	index: number;
	askedAt: number;
	/** The expanded command this query must see applied first (read-your-writes), or -1. */
	waitFor: number;
}

/**
 * Records below keyed by user ids (`versions`, `latestSnapshot`, `lastCommandOf`, a consumer's
 * `lastVersion` and `held`) come back from a checkpoint's JSON.parse as ordinary objects: read them
 * with `own` and write them with `setOwn` (engine/own.ts), never `record[id]`.
 */
export interface WorldState {
	tick: number;
	rng: RngState;
	storeHead: number;
	versions: Record<string, number>;
	/** storage "state": each stream's one row of current state, updated in place. */
	rows: Record<string, Row>;
	/** Index into Logs.snapshots of each stream's latest snapshot. */
	latestSnapshot: Record<string, number>;
	snapshotCount: number;
	traceLength: number;
	nextMessage: number;
	nextDelivery: number;
	/** Next expanded command to arrive. */
	nextCommand: number;
	queue: number[];
	handlers: HandlerState[];
	/** Each client's latest command so far (read-your-writes). */
	lastCommandOf: Record<string, number>;
	/**
	 * The event stores, one per domain (one with a single `domain`), each with its own head (its
	 * own positions, gapless from 1) and its own outbox relay. With one store, its positions are
	 * the run's global positions.
	 */
	stores: StoreState[];
	inFlight: Copy[];
	deliveries: Record<string, Delivery>;
	/**
	 * No delivery's deadline comes before this tick (a lower bound: an ack may have settled the
	 * one that set it). Redelivery looks at the deliveries only from then on, instead of at every
	 * tick: with hundreds waiting for their acks, that look was half of a seek's replay.
	 */
	nextRedelivery: number;
	/** log broker: records per partition so far, and producer retries still to come. */
	log: { heads: number[]; retries: { position: number; at: number }[] } | null;
	consumers: ConsumerState[];
	/** The truth of each read model in use, by its name: its projection folded over the store
	 * (consumers of one read model share it; see truthOf). */
	truth: Record<string, unknown>;
	pendingQueries: PendingQuery[];
	counts: RunCounts;
	loads: { count: number; eventsReplayed: number; snapshotsUsed: number };
}
