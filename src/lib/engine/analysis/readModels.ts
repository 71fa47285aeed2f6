/**
 * Read models at a tick, as the panels show them: each consumer's view beside its truth (the
 * projection folded over the store), row by row, with what differs; how far behind it is; what
 * it applied and skipped; and the queries answered so far, with how stale each answer was.
 */
import type { Idempotency } from '../scenario/types';
import type { ReadModelName } from '../readSide/projection';
import { checkReadModel, type InvariantStatus } from './invariants';
import { modelVsTruth, rowDiffs, type RowDiff } from './modelVsTruth';
import { insertionPoint } from './search';
import { totalApplied } from '../readSide/tracking';
import type { Run } from '../simulation/timeline';
import type { TraceOf } from '../run/trace';
import type { Copy, WorldState } from '../run/world';

export type { RowDiff, RowStatus } from './modelVsTruth';

export interface ReadModelAt {
	readonly consumer: string;
	readonly readModel: ReadModelName;
	readonly idempotency: Idempotency;
	readonly instances: number;
	readonly subscribed: boolean;
	readonly catchingUp: boolean;
	/** Both sides' rows in key order, the first `rowLimit` of them; `rowCount` rows in all. */
	readonly rows: readonly RowDiff[];
	readonly rowCount: number;
	/** Rows that are not the same on both sides. */
	readonly differing: number;
	readonly converged: boolean;
	/** holds = converged; pending = behind only by events on their way; broken = diverged for good (or applied wrongly). */
	readonly status: InvariantStatus;
	/** Applies in total (a duplicate applied again counts again) and distinct events applied. */
	readonly applied: number;
	readonly distinctApplied: number;
	readonly skipped: number;
	readonly held: number;
	/** Events in the store it has not applied, and ticks since the oldest of them was appended. */
	readonly eventsBehind: number;
	readonly ticksBehind: number;
}

const skipsCache = new WeakMap<Run, Map<string, number[]>>();

/** The trace indices of each consumer's skips, once per run (the trace is append-only). */
function skipIndices(run: Run): Map<string, number[]> {
	let out = skipsCache.get(run);
	if (out) return out;
	out = new Map();
	run.logs.trace.forEach((r, i) => {
		if (r.type !== 'EventSkipped') return;
		const list = out!.get(r.consumer);
		if (list) list.push(i);
		else out!.set(r.consumer, [i]);
	});
	skipsCache.set(run, out);
	return out;
}

export function readModelsAt(run: Run, world: WorldState, rowLimit = Infinity): ReadModelAt[] {
	const skips = skipIndices(run);
	return world.consumers.map((c) => {
		const spec = run.scenario.consumers.find((s) => s.id === c.id)!;
		const comparison = modelVsTruth(run, world, c);
		const { rows, total } = rowDiffs(comparison, rowLimit);
		const differing = comparison.differing;
		const oldest = c.contiguous + 1;
		return {
			consumer: c.id,
			readModel: spec.readModel,
			idempotency: spec.idempotency,
			instances: spec.instances,
			subscribed: c.subscribed,
			catchingUp: c.catchUp !== null,
			rows,
			rowCount: total,
			differing,
			converged: differing === 0,
			status: checkReadModel(run, world, c).status,
			applied: totalApplied(c),
			distinctApplied: c.distinctApplied,
			skipped: insertionPoint(skips.get(c.id) ?? [], world.traceLength),
			held: Object.values(c.held).reduce((s, list) => s + list.length, 0),
			eventsBehind: world.storeHead - c.distinctApplied,
			ticksBehind: oldest <= world.storeHead ? world.tick - run.logs.events[oldest - 1].tick : 0
		};
	});
}

const queriesCache = new WeakMap<Run, { at: number[]; records: TraceOf<'QueryAnswered'>[] }>();

/** The queries answered in a run's first `traceLength` trace records, oldest first (indexed once per run). */
export function queriesAt(run: Run, traceLength: number): TraceOf<'QueryAnswered'>[] {
	let index = queriesCache.get(run);
	if (!index) {
		index = { at: [], records: [] };
		run.logs.trace.forEach((r, i) => {
			if (r.type !== 'QueryAnswered') return;
			index!.at.push(i);
			index!.records.push(r);
		});
		queriesCache.set(run, index);
	}
	return index.records.slice(0, insertionPoint(index.at, traceLength));
}

/** Message copies on the wire, grouped by consumer (scenario order), earliest arrival first. */
export function inFlightByConsumer(
	run: Run,
	world: WorldState
): { consumer: string; copies: Copy[] }[] {
	return run.scenario.consumers.map((spec) => ({
		consumer: spec.id,
		copies: world.inFlight
			.filter((m) => m.consumer === spec.id)
			.sort((a, b) => a.arriveAt - b.arriveAt || (a.id < b.id ? -1 : 1))
	}));
}
