/**
 * The message copies of one stored event, as the topology highlights them for a selected event:
 * each event copy to a consumer and each ack back, with its cause and its fate so far.
 */
import type { CopyCause, LossReason, TraceRecord } from '../run/trace';

/** Where one copy of a message is (or ended), as far as the trace prefix says. */
export type CopyFate = 'inFlight' | 'delivered' | 'lost';

export interface CopyOfEvent {
	readonly message: string;
	readonly kind: 'event' | 'ack';
	readonly consumer: string;
	readonly instance: number;
	readonly cause: CopyCause;
	readonly sentAt: number;
	readonly arriveAt: number;
	readonly fate: CopyFate;
	readonly lostReason: LossReason | null;
	/** Event copies only: what the consumer did with it on arrival, if anything yet. */
	readonly outcome: 'applied' | 'skipped' | 'held' | null;
}

/**
 * Every message copy of the event at `position` (events to consumers and acks back), with its
 * fate at the end of `tick`: for the topology to highlight the selected event's copies. An ack
 * for a delivery already settled arrives without a trace record, hence `tick`.
 */
export function copiesOf(
	trace: readonly TraceRecord[],
	position: number,
	traceLength: number = trace.length,
	tick: number = Infinity
): CopyOfEvent[] {
	const byId = new Map<string, CopyOfEvent>();
	const n = Math.min(traceLength, trace.length);
	const update = (id: string | null, patch: Partial<CopyOfEvent>) => {
		const copy = id === null ? undefined : byId.get(id);
		if (copy && id !== null) byId.set(id, { ...copy, ...patch });
	};
	for (let i = 0; i < n; i++) {
		const r = trace[i];
		switch (r.type) {
			case 'MessageSent':
				if (r.position === position)
					byId.set(r.message, {
						message: r.message,
						kind: r.kind,
						consumer: r.consumer,
						instance: r.instance,
						cause: r.cause,
						sentAt: r.t,
						arriveAt: r.arriveAt,
						fate: 'inFlight',
						lostReason: null,
						outcome: null
					});
				break;
			case 'MessageDelayed':
				update(r.message, { arriveAt: r.arriveAt });
				break;
			case 'MessageDelivered':
			case 'AckReceived':
				update(r.message, { fate: 'delivered' });
				break;
			case 'MessageLost':
				update(r.message, { fate: 'lost', lostReason: r.reason });
				break;
			case 'EventApplied':
				if (r.position === position) update(r.message, { outcome: 'applied' });
				break;
			case 'EventSkipped':
				if (r.position === position) update(r.message, { outcome: 'skipped' });
				break;
			case 'EventHeld':
				if (r.position === position) update(r.message, { outcome: 'held' });
				break;
		}
	}
	return [...byId.values()].map((c) =>
		c.kind === 'ack' && c.fate === 'inFlight' && c.arriveAt <= tick
			? { ...c, fate: 'delivered' }
			: c
	);
}
