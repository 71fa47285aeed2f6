/**
 * The trace: every step of a run as a typed record, with its tick and causal ids
 * (command → event → message copies), in the order it happened. The UI shows only what the
 * world's state and this trace say; `traceHash` pins a run bit for bit.
 */

export type SkipReason = 'duplicate' | 'stale';
export type LossReason = 'network' | 'intervention' | 'crashed' | 'partitioned' | 'rebalance';
export type CopyCause = 'publish' | 'duplicate' | 'redelivery' | 'intervention' | 'commit';

export type TraceRecord =
	// The write side.
	| { t: number; type: 'CommandReceived'; command: string; stream: string; commandType: string }
	| {
			t: number;
			type: 'CommandLoaded';
			command: string;
			handler: string;
			stream: string;
			version: number;
			eventsReplayed: number;
			snapshotVersion: number | null;
			attempt: number;
	  }
	| { t: number; type: 'CommandRejected'; command: string; handler: string; reason: string }
	| {
			t: number;
			type: 'AppendConflict';
			command: string;
			handler: string;
			stream: string;
			expected: number | 'no-stream';
			actual: number;
			attempt: number;
	  }
	| {
			t: number;
			type: 'EventAppended';
			command: string;
			position: number;
			stream: string;
			version: number;
			eventType: string;
			/** Several `domains` only: the domain whose store holds it, and its position in that
			 * store's own log (its own $all, gapless from 1). `position` stays the run's number. */
			store?: string;
			storePosition?: number;
	  }
	| { t: number; type: 'CommandAccepted'; command: string; handler: string; positions: number[] }
	| { t: number; type: 'CommandFailed'; command: string; handler: string; reason: string }
	| { t: number; type: 'SnapshotTaken'; stream: string; version: number }
	// storage "state": the row updated in place, then the audit log's second write (or its loss).
	| {
			t: number;
			type: 'RowUpdated';
			command: string;
			handler: string;
			stream: string;
			version: number;
			/** The state message this update sends (its position among the messages sent). */
			position: number;
	  }
	| {
			t: number;
			type: 'AuditWritten';
			command: string;
			stream: string;
			commandType: string;
			version: number;
	  }
	| { t: number; type: 'AuditLost'; command: string; stream: string }
	// Publishing.
	// With several `domains`, `store` names the domain whose store (and publisher) it is about, and
	// a relay's `checkpoint` counts that store's own positions. Absent with one domain.
	| {
			t: number;
			type: 'Published';
			position: number;
			by: 'handler' | 'relay';
			again: boolean;
			store?: string;
	  }
	| { t: number; type: 'PublishLost'; position: number; command: string }
	| { t: number; type: 'RelayCrashed'; checkpoint: number; until: number; store?: string }
	| { t: number; type: 'RelayRestarted'; checkpoint: number; store?: string }
	// The broker and the network.
	| {
			t: number;
			type: 'MessageSent';
			message: string;
			kind: 'event' | 'ack';
			position: number;
			consumer: string;
			instance: number;
			delivery: string | null;
			cause: CopyCause;
			arriveAt: number;
			lostAt: number | null;
			/** log broker only: the record's (or the commit's) partition and offset. */
			partition?: number;
			offset?: number;
	  }
	// The log broker: records appended to partitions, group assignments, committed offsets.
	| {
			t: number;
			type: 'RecordAppended';
			position: number;
			partition: number;
			offset: number;
			/** A producer's retry: this event is already in the log at an earlier offset. */
			retry: boolean;
			/** Several `domains` only: the store (domain) whose publisher wrote the record. */
			store?: string;
	  }
	| { t: number; type: 'ProducerRetry'; position: number; at: number; why: 'ack-lost' | 'resent' }
	| { t: number; type: 'Rebalanced'; consumer: string; owners: number[] }
	| {
			t: number;
			type: 'OffsetCommitted';
			consumer: string;
			partition: number;
			offset: number;
			message: string | null;
	  }
	| { t: number; type: 'MessageLost'; message: string; reason: LossReason }
	| { t: number; type: 'MessageDelayed'; message: string; arriveAt: number }
	| { t: number; type: 'MessageDelivered'; message: string }
	| { t: number; type: 'AckReceived'; message: string; delivery: string }
	// Consumers and read models.
	| {
			t: number;
			type: 'EventApplied';
			consumer: string;
			instance: number;
			position: number;
			message: string | null;
			rows: string[];
			/** Ticks from append to this apply (only on the first apply of an event). */
			lag: number | null;
	  }
	| {
			t: number;
			type: 'EventSkipped';
			consumer: string;
			instance: number;
			position: number;
			message: string | null;
			reason: SkipReason;
	  }
	| {
			t: number;
			type: 'EventHeld';
			consumer: string;
			instance: number;
			position: number;
			message: string | null;
			waitingFor: number;
	  }
	| { t: number; type: 'ConsumerSubscribed'; consumer: string; catchUpTo: number }
	| { t: number; type: 'CatchUpFinished'; consumer: string; position: number }
	| {
			t: number;
			type: 'NodeCrashed';
			target: string;
			until: number;
			cause: 'fault' | 'intervention';
	  }
	| { t: number; type: 'NodeRestarted'; target: string }
	| { t: number; type: 'PartitionStarted'; target: string; until: number }
	| { t: number; type: 'PartitionHealed'; target: string }
	// Queries.
	| {
			t: number;
			type: 'QueryAnswered';
			query: number;
			consumer: string;
			client: string;
			stale: boolean;
			eventsBehind: number;
			ticksBehind: number;
			waitedTicks: number;
	  };

export type TraceType = TraceRecord['type'];
export type TraceOf<K extends TraceType> = Extract<TraceRecord, { type: K }>;
