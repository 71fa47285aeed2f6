/**
 * A run's counts as its trace tells them. The engine keeps `world.counts` by incrementing beside
 * each trace record (cheap to read at any tick); this is the same tally made from the trace
 * alone, so a test can hold the two to one truth (simulation/counts.spec.ts).
 */
import type { TraceRecord } from './trace';

/** What a run counts, as of a tick: `world.counts`, and the report's `counts`. */
export interface RunCounts {
	commands: number;
	accepted: number;
	rejected: number;
	failed: number;
	conflicts: number;
	/** Events appended to the store. */
	appended: number;
	/** storage "state": rows updated in place (one per accepted command). */
	rowUpdates: number;
	/** storage "state": audit-log entries written after a row update. */
	audited: number;
	/** storage "state": audit-log writes lost (the second write crashed): rowUpdates - audited. */
	logLost: number;
	/** Events handed to the broker (an outbox republish counts again). */
	published: number;
	/** Events stored but never published (dual write crashed in between). */
	publishLost: number;
	/** Message copies put on the wire (originals, duplicates, redeliveries). */
	sent: number;
	delivered: number;
	dropped: number;
	duplicated: number;
	redelivered: number;
	applied: number;
	skipped: number;
	skippedDuplicate: number;
	skippedStale: number;
	queries: number;
	staleReads: number;
}

export const zeroCounts = (): RunCounts => ({
	commands: 0,
	accepted: 0,
	rejected: 0,
	failed: 0,
	conflicts: 0,
	appended: 0,
	rowUpdates: 0,
	audited: 0,
	logLost: 0,
	published: 0,
	publishLost: 0,
	sent: 0,
	delivered: 0,
	dropped: 0,
	duplicated: 0,
	redelivered: 0,
	applied: 0,
	skipped: 0,
	skippedDuplicate: 0,
	skippedStale: 0,
	queries: 0,
	staleReads: 0
});

/** The counts of the records in `trace` (a whole run's, or its prefix up to a tick). */
export function countsOf(trace: readonly TraceRecord[]): RunCounts {
	const c = zeroCounts();
	for (const r of trace) {
		switch (r.type) {
			case 'CommandReceived':
				c.commands++;
				break;
			case 'CommandAccepted':
				c.accepted++;
				break;
			case 'CommandRejected':
				c.rejected++;
				break;
			case 'CommandFailed':
				c.failed++;
				break;
			case 'AppendConflict':
				c.conflicts++;
				break;
			case 'EventAppended':
				c.appended++;
				break;
			case 'RowUpdated':
				c.rowUpdates++;
				break;
			case 'AuditWritten':
				c.audited++;
				break;
			case 'AuditLost':
				c.logLost++;
				break;
			case 'Published':
				c.published++;
				break;
			case 'PublishLost':
				c.publishLost++;
				break;
			case 'MessageSent':
				c.sent++;
				// A network's duplicate or a user's; a redelivery: the queue's resend after a missed
				// ack, or the log's read again below the furthest offset ever fetched.
				if (r.cause === 'duplicate' || r.cause === 'intervention') c.duplicated++;
				if (r.cause === 'redelivery') c.redelivered++;
				break;
			// A log producer's second write of a record it had already written.
			case 'RecordAppended':
				if (r.retry) c.duplicated++;
				break;
			case 'MessageDelivered':
				c.delivered++;
				break;
			case 'MessageLost':
				c.dropped++;
				break;
			case 'EventApplied':
				c.applied++;
				break;
			case 'EventSkipped':
				c.skipped++;
				if (r.reason === 'duplicate') c.skippedDuplicate++;
				else c.skippedStale++;
				break;
			case 'QueryAnswered':
				c.queries++;
				if (r.stale) c.staleReads++;
				break;
		}
	}
	return c;
}
