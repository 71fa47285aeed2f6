/**
 * Scenario format v2 ("eventscope/2"), AFTER validation and defaults: the contract between
 * share links, lessons, the CLI and the engine. Names carry units where they have one
 * (ticks, probabilities in [0, 1]). The zod schema in `schema.ts` produces exactly this type.
 */
import type { DomainName } from '../domains/decider';
import type { ReadModelName } from '../readSide/projection';

export const scenarioFormat = 'eventscope/2';
/**
 * The format before brokers had kinds. Its broker was a queue (per-message acks, each copy its
 * own delay) and its `version-gate` meant `version-next`: schema.ts migrates it to v2 so that
 * old files and links open exactly as before.
 */
export const scenarioFormatV1 = 'eventscope/1';

export type EventStyle = 'delta' | 'absolute';
export type PublishMode = 'dual-write' | 'outbox';
/**
 * `events`: the command side appends events to the event store (event sourcing). `state`: the
 * traditional baseline: it updates a row of current state in place, then appends an entry to a
 * separate audit log as a second write outside that transaction.
 */
export type StorageMode = 'events' | 'state';
export type DeliveryMode = 'at-most-once' | 'at-least-once';
export type Uniqueness = 'none' | 'read-model-check' | 'reservation';
export type Idempotency = 'none' | 'dedupe-id' | 'version-next' | 'version-newer';
/**
 * `log`: an ordered, partitioned log read at committed offsets (Kafka, Redpanda; in effect an
 * EventStoreDB catch-up subscription). `queue`: per-message acks with a deadline and redelivery,
 * each copy on its own (SQS, RabbitMQ, EventStoreDB persistent subscriptions).
 */
export type BrokerKind = 'log' | 'queue';

export interface ScenarioOptions {
	eventStyle: EventStyle;
	/** Concurrent command-handler instances. */
	handlers: number;
	/**
	 * Ticks from load to append, drawn uniformly from [1, decideTicksMax] (the `handlers` random
	 * stream): the window in which another handler can get in first.
	 */
	decideTicksMax: number;
	/** Reload-and-decide-again attempts after a version conflict before the command fails. */
	retries: number;
	/** Snapshot a stream every N events; 0 = no snapshots. */
	snapshotEvery: number;
	publish: PublishMode;
	/** Probability that the publisher (dual write) or the outbox relay crashes mid-publish. */
	publishCrash: number;
	/** How the command side stores what it decided; absent = `events`. */
	storage?: StorageMode;
	/** state: probability that the audit-log write after a row update is lost; absent = 0. */
	logCrash?: number;
	/** Ticks the outbox relay stays down after a crash. */
	relayRestartTicks: number;
	delivery: DeliveryMode;
	broker: BrokerKind;
	/** log: partitions of the topic; a stream goes to one by a hash of its id. */
	partitions: number;
	/** log: a consumer commits its offset every this many processed records (at-least-once). */
	commitEvery: number;
	/** log: ticks before the group notices a silent member and gives its partitions away. */
	sessionTimeout: number;
	/**
	 * queue: ticks the broker waits for an ack before sending a message again (at-least-once).
	 * log: ticks a producer waits for the broker's ack before it sends a record again.
	 */
	ackTimeout: number;
	uniqueness: Uniqueness;
	lowStockThreshold: number;
	/** A query after a client's own command waits until the read model has applied it. */
	readYourWrites: boolean;
	/** Events a consumer reads per tick while catching up (queue: from the store; log: per partition). */
	catchUpPerTick: number;
}

export interface NetworkOptions {
	/** Probability that one message copy is lost. */
	drop: number;
	/** Probability that a send also puts an extra copy on the wire. */
	duplicate: number;
	/** One-way delay of a copy, drawn uniformly from [delayMin, delayMax] ticks. */
	delayMin: number;
	delayMax: number;
}

export interface ConsumerSpec {
	id: string;
	readModel: ReadModelName;
	idempotency: Idempotency;
	/** > 1 makes a consumer group: the log's partitions (a queue's streams) are shared out. */
	instances: number;
	/** Tick at which this consumer subscribes; it first reads everything before, in order. */
	startAt: number;
}

export interface CommandSpec {
	/** First tick at which the command arrives. */
	at: number;
	/** With `repeat`: ticks between generated copies. */
	every: number;
	/** How many commands this entry generates (1 = just this one). */
	repeat: number;
	stream: string;
	type: string;
	data: Record<string, unknown>;
	/** The client that sent it (for read-your-writes); default "client". */
	client: string;
	/** Each generated command arrives up to this many ticks late (the `workload` random stream). */
	jitter: number;
}

export type FaultKind = 'crash' | 'partition';
export interface FaultSpec {
	at: number;
	kind: FaultKind;
	/** A consumer id, `id#n` for its n-th instance (1-based), or `relay` (crash only; with several
	 * `domains`, every store's relay, and `relay:<domain>` one store's). */
	target: string;
	duration: number;
}

export interface QuerySpec {
	at: number;
	consumer: string;
	/** The client asking (read-your-writes waits for this client's last command). */
	client: string;
}

/** A user's poke at one run, recorded so that a link can replay it: the timeline forks here. */
export type Intervention =
	| { at: number; kind: 'drop'; message: string }
	| { at: number; kind: 'duplicate'; message: string }
	| { at: number; kind: 'delay'; message: string; ticks: number }
	| { at: number; kind: 'crash'; target: string; duration: number }
	| { at: number; kind: 'restart'; target: string };

export interface Scenario {
	format: typeof scenarioFormat;
	title: string;
	seed: number;
	/** The run covers ticks 1..ticks; tick 0 is the initial state. */
	ticks: number;
	domain: DomainName;
	/**
	 * Several domains in one run, each with its own event stream ids, decider and table format;
	 * a command goes to the domain that owns its stream (`owningDomain`). Absent: `domain` alone.
	 * When present it holds `domain` too, first.
	 */
	domains?: DomainName[];
	options: ScenarioOptions;
	network: NetworkOptions;
	consumers: ConsumerSpec[];
	commands: CommandSpec[];
	faults: FaultSpec[];
	queries: QuerySpec[];
	interventions: Intervention[];
}
