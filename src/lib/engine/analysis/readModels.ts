/**
 * Read models at a tick, as the panels show them: each consumer's view beside its truth (the
 * projection folded over the store), row by row, with what differs; how far behind it is; what
 * it applied and skipped; and the queries answered so far, with how stale each answer was.
 */
import type { Idempotency } from '../scenario/types';
import type { ReadModelName } from '../readSide/projection';
import { sameView } from '../readSide/truth';
import { checkReadModel, type InvariantStatus } from './invariants';
import { insertionPoint } from './search';
import type { Run } from '../simulation/timeline';
import type { TraceOf, TraceRecord } from '../simulation/trace';
import type { Copy, WorldState } from '../simulation/world';

/** `missing`: in the truth, not (yet) in the model; `extra`: in the model, not in the truth. */
export type RowStatus = 'same' | 'differs' | 'missing' | 'extra';

export interface RowDiff {
	readonly key: string;
	/** The row's value in the model / the truth, or undefined when it has no such row. */
	readonly model: unknown;
	readonly truth: unknown;
	readonly status: RowStatus;
}

/**
 * A view's rows by key: records by their keys; lists by `sku` or `id` (else their index), each
 * row's value without its key field, so the key is not shown twice.
 */
export function rowsOf(view: unknown): Map<string, unknown> {
	const rows = new Map<string, unknown>();
	if (Array.isArray(view)) {
		view.forEach((item, i) => {
			const o = (item ?? {}) as Record<string, unknown>;
			const field = typeof o.sku === 'string' ? 'sku' : typeof o.id === 'string' ? 'id' : null;
			if (field === null) return rows.set(String(i), item);
			const { [field]: key, ...rest } = o;
			rows.set(key as string, rest);
		});
	} else if (view && typeof view === 'object') {
		for (const [key, value] of Object.entries(view)) rows.set(key, value);
	}
	return rows;
}

/** Rows are numbers or small objects: compare primitives directly, objects as canonical JSON. */
const sameRow = (a: unknown, b: unknown): boolean =>
	a === b || (typeof a === 'object' && typeof b === 'object' && sameView(a, b));

/** The union of both views' rows in key order, each marked same / differs / missing / extra. */
export function diffRows(model: unknown, truth: unknown): RowDiff[] {
	const m = rowsOf(model);
	const t = rowsOf(truth);
	const keys = [...new Set([...t.keys(), ...m.keys()])].sort((a, b) =>
		a < b ? -1 : a > b ? 1 : 0
	);
	return keys.map((key) => {
		const inModel = m.has(key);
		const inTruth = t.has(key);
		const status: RowStatus = !inModel
			? 'missing'
			: !inTruth
				? 'extra'
				: sameRow(m.get(key), t.get(key))
					? 'same'
					: 'differs';
		return { key, model: m.get(key), truth: t.get(key), status };
	});
}

export interface ReadModelAt {
	readonly consumer: string;
	readonly readModel: ReadModelName;
	readonly idempotency: Idempotency;
	readonly instances: number;
	readonly subscribed: boolean;
	readonly catchingUp: boolean;
	readonly view: unknown;
	readonly truth: unknown;
	readonly rows: RowDiff[];
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

const skipsCache = new WeakMap<Run, Record<string, number[]>>();

/** The trace indices of each consumer's skips, once per run (the trace is append-only). */
function skipIndices(run: Run): Record<string, number[]> {
	let out = skipsCache.get(run);
	if (out) return out;
	out = {};
	run.logs.trace.forEach((r, i) => {
		if (r.type === 'EventSkipped') (out![r.consumer] ??= []).push(i);
	});
	skipsCache.set(run, out);
	return out;
}

export function readModelsAt(run: Run, world: WorldState): ReadModelAt[] {
	const skips = skipIndices(run);
	const options = run.ctx.projectionOptions;
	return world.consumers.map((c) => {
		const spec = run.scenario.consumers.find((s) => s.id === c.id)!;
		const projection = run.ctx.projectionOf[c.id];
		const view = projection.view(c.model, options);
		const truth = projection.view(world.truth[c.id], options);
		const oldest = c.contiguous + 1;
		return {
			consumer: c.id,
			readModel: spec.readModel,
			idempotency: spec.idempotency,
			instances: spec.instances,
			subscribed: c.subscribed,
			catchingUp: c.catchUp !== null,
			view,
			truth,
			rows: diffRows(view, truth),
			converged: sameView(view, truth),
			status: checkReadModel(run, world, c, { view, truth }).status,
			applied: Object.values(c.applied).reduce((s, k) => s + k, 0),
			distinctApplied: c.distinctApplied,
			skipped: insertionPoint(skips[c.id] ?? [], world.traceLength),
			held: Object.values(c.held).reduce((s, list) => s + list.length, 0),
			eventsBehind: world.storeHead - c.distinctApplied,
			ticksBehind: oldest <= world.storeHead ? world.tick - run.logs.events[oldest - 1].tick : 0
		};
	});
}

/** Queries answered in the trace prefix, oldest first. */
export function queriesAnswered(trace: readonly TraceRecord[]): TraceOf<'QueryAnswered'>[] {
	return trace.filter((r): r is TraceOf<'QueryAnswered'> => r.type === 'QueryAnswered');
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
