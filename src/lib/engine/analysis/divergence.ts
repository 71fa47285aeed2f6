/**
 * Why a read model disagrees with its truth, read off the trace: an event applied twice, an event
 * the dual write never published, a copy lost on the network and never applied, or an older
 * value applied after a newer one (a `set` without a version check, under reordering). A model
 * that differs from the truth for none of these reasons is only behind: the lag of an async
 * projection, which is the design, not a bug (REFERENCE A5).
 */
import type { Run } from '../simulation/timeline';
import type { WorldState } from '../run/world';
import { sameView, truthOf } from '../readSide/truth';

export type DivergenceReason =
	| { kind: 'never-published'; position: number }
	| { kind: 'lost'; position: number }
	| { kind: 'applied-twice'; position: number; times: number }
	| { kind: 'older-after-newer'; position: number; version: number; after: number };

export interface Divergence {
	consumer: string;
	converged: boolean;
	/** Events in the store that this consumer has not applied yet. */
	behind: number;
	/** Every reason found, in trace order within each kind, most damaging kind first. */
	reasons: DivergenceReason[];
}

/** Event types that carry an absolute value: applying one twice in a row changes nothing. */
/** Events whose projections only add up: applied in any order, they give the same model. */
const orderFree = new Set(['Added', 'StockReceived', 'StockShipped', 'UserRegistered']);
const absoluteTypes: ReadonlySet<string> = new Set(['ValueSet']);

const order: Record<DivergenceReason['kind'], number> = {
	'never-published': 0,
	lost: 1,
	'applied-twice': 2,
	'older-after-newer': 3
};

/** The divergence of one consumer's read model at the world's tick (the trace up to there). */
export function divergenceAt(run: Run, world: WorldState, consumerId: string): Divergence {
	const { logs, ctx } = run;
	const consumer = world.consumers.find((c) => c.id === consumerId);
	if (!consumer) throw new Error(`no consumer '${consumerId}' in this run`);
	const projection = ctx.projectionOf[consumerId];
	const converged = sameView(
		projection.view(consumer.model, ctx.projectionOptions),
		projection.view(truthOf(ctx, world, consumerId), ctx.projectionOptions)
	);
	const reasons: DivergenceReason[] = [];
	const appliedTimes = new Map<number, number>();
	const newestApplied = new Map<string, { version: number; position: number }>();
	const lostCopies = new Map<string, number>();
	const lost = new Set<number>();
	for (let i = 0; i < world.traceLength; i++) {
		const r = logs.trace[i];
		if (r.type === 'PublishLost') reasons.push({ kind: 'never-published', position: r.position });
		else if (r.type === 'MessageSent' && r.kind === 'event' && r.consumer === consumerId)
			lostCopies.set(r.message, r.position);
		else if (r.type === 'MessageLost' && lostCopies.has(r.message))
			lost.add(lostCopies.get(r.message)!);
		else if (r.type === 'EventApplied' && r.consumer === consumerId) {
			const times = (appliedTimes.get(r.position) ?? 0) + 1;
			appliedTimes.set(r.position, times);
			const event = logs.events[r.position - 1];
			if (times === 2 && !absoluteTypes.has(event.type))
				reasons.push({ kind: 'applied-twice', position: r.position, times });
			const newest = newestApplied.get(event.streamId);
			// Sums commute: an older Added after a newer one is lag, not divergence.
			if (newest && event.version < newest.version && !orderFree.has(event.type))
				reasons.push({
					kind: 'older-after-newer',
					position: r.position,
					version: event.version,
					after: newest.position
				});
			else newestApplied.set(event.streamId, { version: event.version, position: r.position });
		}
	}
	for (const position of lost)
		if (!appliedTimes.has(position)) reasons.push({ kind: 'lost', position });
	for (const r of reasons)
		if (r.kind === 'applied-twice') r.times = appliedTimes.get(r.position) ?? r.times;
	reasons.sort((a, b) => order[a.kind] - order[b.kind] || a.position - b.position);
	return {
		consumer: consumerId,
		converged,
		behind: world.storeHead - consumer.distinctApplied,
		reasons: converged ? [] : reasons
	};
}
