/**
 * Lineage: everything the trace says happened to ONE stored event, in order. The command that
 * produced it (received, loaded, conflicts, accepted), its append, its publish(es) or the crash
 * that lost it, every message copy of it (original, network duplicate, redelivery, intervention)
 * with its fate (delivered, lost and why, delayed), what each consumer did with it (applied and
 * the read-model rows it changed, skipped and why, held for a gap, or read from the store while
 * catching up), and the acks that settled each delivery. Pure: a function of the trace prefix.
 */
import type { StoredEvent } from '../eventStore/types';
import type { CopyCause, LossReason, SkipReason, TraceRecord } from '../run/trace';

export { copiesOf, type CopyFate, type CopyOfEvent } from './copies';

interface Base {
	/** Index of the trace record this step comes from: a stable id and a total order. */
	readonly index: number;
	readonly t: number;
}

export type LineageStep = Base &
	(
		| { kind: 'received'; command: string; commandType: string; stream: string }
		| {
				kind: 'loaded';
				command: string;
				handler: string;
				stream: string;
				version: number;
				eventsReplayed: number;
				snapshotVersion: number | null;
				attempt: number;
		  }
		| {
				kind: 'conflict';
				command: string;
				handler: string;
				expected: number | 'no-stream';
				actual: number;
		  }
		| { kind: 'appended'; position: number; stream: string; version: number; eventType: string }
		| { kind: 'accepted'; command: string; handler: string; positions: readonly number[] }
		| { kind: 'published'; by: 'handler' | 'relay'; again: boolean }
		| { kind: 'publishLost'; command: string }
		| {
				kind: 'sent';
				message: string;
				consumer: string;
				instance: number;
				cause: CopyCause;
				arriveAt: number;
				lostAt: number | null;
				delivery: string | null;
		  }
		| { kind: 'delayed'; message: string; consumer: string; arriveAt: number }
		| { kind: 'delivered'; message: string; consumer: string; instance: number }
		| { kind: 'lost'; message: string; consumer: string; instance: number; reason: LossReason }
		| {
				kind: 'applied';
				consumer: string;
				instance: number;
				message: string | null;
				rows: readonly string[];
				lag: number | null;
		  }
		| {
				kind: 'skipped';
				consumer: string;
				instance: number;
				message: string | null;
				reason: SkipReason;
		  }
		| {
				kind: 'held';
				consumer: string;
				instance: number;
				message: string | null;
				waitingFor: number;
		  }
		| { kind: 'ackSent'; message: string; consumer: string; delivery: string | null }
		| { kind: 'acked'; message: string; consumer: string; delivery: string }
	);

type Sent = Extract<TraceRecord, { type: 'MessageSent' }>;

/** The event's command's records, its append and publish records, and its copies' records. */
export function lineageOf(
	trace: readonly TraceRecord[],
	event: StoredEvent,
	traceLength: number = trace.length
): LineageStep[] {
	const steps: LineageStep[] = [];
	const p = event.globalPosition;
	const command = event.commandId;
	const copies = new Map<string, Sent>();
	const n = Math.min(traceLength, trace.length);
	for (let index = 0; index < n; index++) {
		const step = stepOf(trace[index], index, p, command, copies);
		if (step) steps.push(step);
	}
	return steps;
}

function stepOf(
	r: TraceRecord,
	index: number,
	p: number,
	command: string,
	copies: Map<string, Sent>
): LineageStep | null {
	const t = r.t;
	switch (r.type) {
		case 'CommandReceived':
			return r.command === command
				? { index, t, kind: 'received', command, commandType: r.commandType, stream: r.stream }
				: null;
		case 'CommandLoaded':
			if (r.command !== command) return null;
			return {
				index,
				t,
				kind: 'loaded',
				command,
				handler: r.handler,
				stream: r.stream,
				version: r.version,
				eventsReplayed: r.eventsReplayed,
				snapshotVersion: r.snapshotVersion,
				attempt: r.attempt
			};
		case 'AppendConflict':
			if (r.command !== command) return null;
			return {
				index,
				t,
				kind: 'conflict',
				command,
				handler: r.handler,
				expected: r.expected,
				actual: r.actual
			};
		case 'EventAppended':
			if (r.position !== p) return null;
			return {
				index,
				t,
				kind: 'appended',
				position: p,
				stream: r.stream,
				version: r.version,
				eventType: r.eventType
			};
		case 'CommandAccepted':
			return r.command === command
				? { index, t, kind: 'accepted', command, handler: r.handler, positions: r.positions }
				: null;
		case 'Published':
			return r.position === p ? { index, t, kind: 'published', by: r.by, again: r.again } : null;
		case 'PublishLost':
			return r.position === p ? { index, t, kind: 'publishLost', command: r.command } : null;
		case 'MessageSent':
			if (r.position !== p) return null;
			copies.set(r.message, r);
			if (r.kind === 'ack')
				return {
					index,
					t,
					kind: 'ackSent',
					message: r.message,
					consumer: r.consumer,
					delivery: r.delivery
				};
			return {
				index,
				t,
				kind: 'sent',
				message: r.message,
				consumer: r.consumer,
				instance: r.instance,
				cause: r.cause,
				arriveAt: r.arriveAt,
				lostAt: r.lostAt,
				delivery: r.delivery
			};
		default:
			return copyStep(r, index, p, copies);
	}
}

/** Records that name a message copy (or a consumer and position) rather than a position. */
function copyStep(
	r: TraceRecord,
	index: number,
	p: number,
	copies: Map<string, Sent>
): LineageStep | null {
	const t = r.t;
	switch (r.type) {
		case 'MessageDelayed': {
			const sent = copies.get(r.message);
			return sent
				? {
						index,
						t,
						kind: 'delayed',
						message: r.message,
						consumer: sent.consumer,
						arriveAt: r.arriveAt
					}
				: null;
		}
		case 'MessageDelivered': {
			const sent = copies.get(r.message);
			return sent
				? {
						index,
						t,
						kind: 'delivered',
						message: r.message,
						consumer: sent.consumer,
						instance: sent.instance
					}
				: null;
		}
		case 'MessageLost': {
			const sent = copies.get(r.message);
			if (!sent) return null;
			return {
				index,
				t,
				kind: 'lost',
				message: r.message,
				consumer: sent.consumer,
				instance: sent.instance,
				reason: r.reason
			};
		}
		case 'AckReceived': {
			const sent = copies.get(r.message);
			return sent
				? {
						index,
						t,
						kind: 'acked',
						message: r.message,
						consumer: sent.consumer,
						delivery: r.delivery
					}
				: null;
		}
		case 'EventApplied':
			if (r.position !== p) return null;
			return {
				index,
				t,
				kind: 'applied',
				consumer: r.consumer,
				instance: r.instance,
				message: r.message,
				rows: r.rows,
				lag: r.lag
			};
		case 'EventSkipped':
			if (r.position !== p) return null;
			return {
				index,
				t,
				kind: 'skipped',
				consumer: r.consumer,
				instance: r.instance,
				message: r.message,
				reason: r.reason
			};
		case 'EventHeld':
			if (r.position !== p) return null;
			return {
				index,
				t,
				kind: 'held',
				consumer: r.consumer,
				instance: r.instance,
				message: r.message,
				waitingFor: r.waitingFor
			};
		default:
			return null;
	}
}
