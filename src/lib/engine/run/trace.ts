/**
 * The trace: every step of a run as a typed record, with its tick and causal ids
 * (command → event → message copies), in the order it happened. The UI shows only what the
 * world's state and this trace say; `traceHash` pins a run bit for bit. A record is a fact written
 * once: its fields are readonly, and what it is about is structured (a crash's `target` is a
 * consumer's instance in parts, never the scenario's `id#n` string; views name it with
 * `targetLabel`).
 */

import type { InstanceParts } from '../scenario/targets';

export type SkipReason = 'duplicate' | 'stale';
export type LossReason = 'network' | 'intervention' | 'crashed' | 'partitioned' | 'rebalance';
export type CopyCause = 'publish' | 'duplicate' | 'redelivery' | 'intervention' | 'commit';

export type TraceRecord =
	// The write side.
	| {
			readonly t: number;
			readonly type: 'CommandReceived';
			readonly command: string;
			readonly stream: string;
			readonly commandType: string;
	  }
	| {
			readonly t: number;
			readonly type: 'CommandLoaded';
			readonly command: string;
			readonly handler: string;
			readonly stream: string;
			readonly version: number;
			readonly eventsReplayed: number;
			readonly snapshotVersion: number | null;
			readonly attempt: number;
	  }
	| {
			readonly t: number;
			readonly type: 'CommandRejected';
			readonly command: string;
			readonly handler: string;
			readonly reason: string;
	  }
	| {
			readonly t: number;
			readonly type: 'AppendConflict';
			readonly command: string;
			readonly handler: string;
			readonly stream: string;
			readonly expected: number | 'no-stream';
			readonly actual: number;
			readonly attempt: number;
	  }
	| {
			readonly t: number;
			readonly type: 'EventAppended';
			readonly command: string;
			readonly position: number;
			readonly stream: string;
			readonly version: number;
			readonly eventType: string;
			/** Several `domains` only: the domain whose store holds it, and its position in that
			 * store's own log (its own $all, gapless from 1). `position` stays the run's number. */
			readonly store?: string;
			readonly storePosition?: number;
	  }
	| {
			readonly t: number;
			readonly type: 'CommandAccepted';
			readonly command: string;
			readonly handler: string;
			readonly positions: readonly number[];
	  }
	| {
			readonly t: number;
			readonly type: 'CommandFailed';
			readonly command: string;
			readonly handler: string;
			readonly reason: string;
	  }
	| {
			readonly t: number;
			readonly type: 'SnapshotTaken';
			readonly stream: string;
			readonly version: number;
	  }
	// storage "state": the row updated in place, then the audit log's second write (or its loss).
	| {
			readonly t: number;
			readonly type: 'RowUpdated';
			readonly command: string;
			readonly handler: string;
			readonly stream: string;
			readonly version: number;
			/** The state message this update sends (its position among the messages sent). */
			readonly position: number;
	  }
	| {
			readonly t: number;
			readonly type: 'AuditWritten';
			readonly command: string;
			readonly stream: string;
			readonly commandType: string;
			readonly version: number;
	  }
	| {
			readonly t: number;
			readonly type: 'AuditLost';
			readonly command: string;
			readonly stream: string;
	  }
	// Publishing.
	// With several `domains`, `store` names the domain whose store (and publisher) it is about, and
	// a relay's `checkpoint` counts that store's own positions. Absent with one domain.
	| {
			readonly t: number;
			readonly type: 'Published';
			readonly position: number;
			readonly by: 'handler' | 'relay';
			readonly again: boolean;
			readonly store?: string;
	  }
	| {
			readonly t: number;
			readonly type: 'PublishLost';
			readonly position: number;
			readonly command: string;
	  }
	| {
			readonly t: number;
			readonly type: 'RelayCrashed';
			readonly checkpoint: number;
			readonly until: number;
			readonly store?: string;
	  }
	| {
			readonly t: number;
			readonly type: 'RelayRestarted';
			readonly checkpoint: number;
			readonly store?: string;
	  }
	// The broker and the network.
	| {
			readonly t: number;
			readonly type: 'MessageSent';
			readonly message: string;
			readonly kind: 'event' | 'ack';
			readonly position: number;
			readonly consumer: string;
			readonly instance: number;
			readonly delivery: string | null;
			readonly cause: CopyCause;
			readonly arriveAt: number;
			readonly lostAt: number | null;
			/** log broker only: the record's (or the commit's) partition and offset. */
			readonly partition?: number;
			readonly offset?: number;
	  }
	// The log broker: records appended to partitions, group assignments, committed offsets.
	| {
			readonly t: number;
			readonly type: 'RecordAppended';
			readonly position: number;
			readonly partition: number;
			readonly offset: number;
			/** A producer's retry: this event is already in the log at an earlier offset. */
			readonly retry: boolean;
			/** Several `domains` only: the store (domain) whose publisher wrote the record. */
			readonly store?: string;
	  }
	| {
			readonly t: number;
			readonly type: 'ProducerRetry';
			readonly position: number;
			readonly at: number;
			readonly why: 'ack-lost' | 'resent';
	  }
	| {
			readonly t: number;
			readonly type: 'Rebalanced';
			readonly consumer: string;
			readonly owners: readonly number[];
	  }
	| {
			readonly t: number;
			readonly type: 'OffsetCommitted';
			readonly consumer: string;
			readonly partition: number;
			readonly offset: number;
			readonly message: string | null;
	  }
	| {
			readonly t: number;
			readonly type: 'MessageLost';
			readonly message: string;
			readonly reason: LossReason;
	  }
	| {
			readonly t: number;
			readonly type: 'MessageDelayed';
			readonly message: string;
			readonly arriveAt: number;
	  }
	| { readonly t: number; readonly type: 'MessageDelivered'; readonly message: string }
	| {
			readonly t: number;
			readonly type: 'AckReceived';
			readonly message: string;
			readonly delivery: string;
	  }
	// Consumers and read models.
	| {
			readonly t: number;
			readonly type: 'EventApplied';
			readonly consumer: string;
			readonly instance: number;
			readonly position: number;
			readonly message: string | null;
			readonly rows: readonly string[];
			/** Ticks from append to this apply (only on the first apply of an event). */
			readonly lag: number | null;
	  }
	| {
			readonly t: number;
			readonly type: 'EventSkipped';
			readonly consumer: string;
			readonly instance: number;
			readonly position: number;
			readonly message: string | null;
			readonly reason: SkipReason;
	  }
	| {
			readonly t: number;
			readonly type: 'EventHeld';
			readonly consumer: string;
			readonly instance: number;
			readonly position: number;
			readonly message: string | null;
			readonly waitingFor: number;
	  }
	| {
			readonly t: number;
			readonly type: 'ConsumerSubscribed';
			readonly consumer: string;
			readonly catchUpTo: number;
	  }
	| {
			readonly t: number;
			readonly type: 'CatchUpFinished';
			readonly consumer: string;
			readonly position: number;
	  }
	| {
			readonly t: number;
			readonly type: 'NodeCrashed';
			readonly target: InstanceParts;
			readonly until: number;
			readonly cause: 'fault' | 'intervention';
	  }
	| { readonly t: number; readonly type: 'NodeRestarted'; readonly target: InstanceParts }
	| {
			readonly t: number;
			readonly type: 'PartitionStarted';
			readonly target: InstanceParts;
			readonly until: number;
	  }
	| { readonly t: number; readonly type: 'PartitionHealed'; readonly target: InstanceParts }
	// Queries.
	| {
			readonly t: number;
			readonly type: 'QueryAnswered';
			readonly query: number;
			readonly consumer: string;
			readonly client: string;
			readonly stale: boolean;
			readonly eventsBehind: number;
			readonly ticksBehind: number;
			readonly waitedTicks: number;
	  };

export type TraceType = TraceRecord['type'];
export type TraceOf<K extends TraceType> = Extract<TraceRecord, { type: K }>;
