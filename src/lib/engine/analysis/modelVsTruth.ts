/**
 * One consumer's read model against its truth at one tick, row by row. The topology, the
 * read-models panel and the invariants all ask for it on every seek, and a long run's read
 * model may hold thousands of rows (one per stream), so it works on the projections' unordered
 * `rows` (no sorting, no copying) and is computed once per world frame and consumer. Worlds
 * handed to the analyses are frames (from `worldAt`, or a run's final world): nothing mutates
 * them afterwards, so caching by the consumer's object is safe.
 */
import { sortKeys } from '../readSide/projections/rows';
import { sameState, truthOf } from '../readSide/truth';
import type { Run } from '../simulation/timeline';
import type { ConsumerState, WorldState } from '../run/world';

/** `missing`: in the truth, not (yet) in the model; `extra`: in the model, not in the truth. */
export type RowStatus = 'same' | 'differs' | 'missing' | 'extra';

export interface RowDiff {
	readonly key: string;
	/** The row's value in the model / the truth, or undefined when it has no such row. */
	readonly model: unknown;
	readonly truth: unknown;
	readonly status: RowStatus;
}

type Rows = Readonly<Record<string, unknown>>;

export interface ModelVsTruth {
	/** The read model's rows and its truth's, by key, in no particular order. */
	readonly model: Rows;
	readonly truth: Rows;
	/** How many rows are not the same on both sides; none = converged. */
	readonly differing: number;
	/** The least of those keys (code-unit order), or undefined when none differs. */
	readonly firstDiffering: string | undefined;
}

function rowStatus(model: Rows, truth: Rows, key: string): RowStatus {
	const inModel = Object.hasOwn(model, key);
	if (!Object.hasOwn(truth, key)) return inModel ? 'extra' : 'same';
	if (!inModel) return 'missing';
	return sameState(model[key], truth[key]) ? 'same' : 'differs';
}

/** The read model's rows against the truth's, for any two working states of one projection. */
export function compareRows(model: Rows, truth: Rows): ModelVsTruth {
	// One pass over each side, counting and keeping the least differing key: a seek on a run of
	// thousands of streams does this for every read model, and the picture needs no more (the
	// panel sorts the rows it shows itself). Sorting every differing key cost a tenth more.
	let differing = 0;
	let first: string | undefined;
	const differs = (key: string) => {
		differing++;
		if (first === undefined || key < first) first = key;
	};
	for (const key of Object.keys(truth))
		if (!Object.hasOwn(model, key) || !sameState(model[key], truth[key])) differs(key);
	for (const key of Object.keys(model)) if (!Object.hasOwn(truth, key)) differs(key);
	return { model, truth, differing, firstDiffering: first };
}

const cache = new WeakMap<ConsumerState, ModelVsTruth>();

/** Consumer `c` of `world`: its read model beside its truth. */
export function modelVsTruth(run: Run, world: WorldState, c: ConsumerState): ModelVsTruth {
	let out = cache.get(c);
	if (out) return out;
	const projection = run.ctx.projectionOf[c.id];
	const options = run.ctx.projectionOptions;
	const truth = truthOf(run.ctx, world, c.id);
	out = compareRows(projection.rows(c.model, options), projection.rows(truth, options));
	cache.set(c, out);
	return out;
}

/** Both sides' rows in key order (the first `limit` of them), and how many rows there are in all. */
export function rowDiffs(m: ModelVsTruth, limit = Infinity): { rows: RowDiff[]; total: number } {
	const keys = Object.keys(m.truth);
	for (const key of Object.keys(m.model)) if (!Object.hasOwn(m.truth, key)) keys.push(key);
	const shown = sortKeys(keys).slice(0, limit);
	return {
		total: keys.length,
		rows: shown.map((key) => ({
			key,
			model: Object.hasOwn(m.model, key) ? m.model[key] : undefined,
			truth: Object.hasOwn(m.truth, key) ? m.truth[key] : undefined,
			status: rowStatus(m.model, m.truth, key)
		}))
	};
}
