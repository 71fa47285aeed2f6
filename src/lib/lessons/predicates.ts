/**
 * Lesson predicates, evaluated on a run alone (its trace and its worlds), so a lesson's steps
 * resolve to the same ticks on every machine. Pure: no DOM, no clock.
 */
import {
	parseTarget,
	type Run,
	targetCovers,
	type TraceRecord,
	truthOf,
	worldAt,
	type WorldState
} from '$lib/engine';
import type { Predicate } from './schema';

/** Worlds of one run, computed once per tick on demand. */
export class Worlds {
	readonly #cache = new Map<number, WorldState>();
	constructor(readonly run: Run) {}

	at(tick: number): WorldState {
		let world = this.#cache.get(tick);
		if (!world) {
			world = worldAt(this.run, tick);
			this.#cache.set(tick, world);
		}
		return world;
	}
}

export interface Probe {
	worlds: Worlds;
	/** The world at the end of this tick is the one being judged. */
	tick: number;
	/** Index into the trace of the first record after the previous step: `trace` counts from here. */
	cursor: number;
}

/** The public view of a consumer's read model (or of its truth) at the end of a tick. */
export function viewOf(run: Run, world: WorldState, consumer: string, truth = false): unknown {
	const projection = run.ctx.projectionOf[consumer];
	if (!projection) return undefined;
	const model = truth
		? truthOf(run.ctx, world, consumer)
		: world.consumers.find((c) => c.id === consumer)?.model;
	return model === undefined ? undefined : projection.view(model, run.ctx.projectionOptions);
}

/** `a.b` into objects; an array segment picks the element whose `sku` or `id` is the segment. */
export function lookup(value: unknown, path: string | undefined): unknown {
	if (path === undefined) return value;
	let current = value;
	for (const segment of path.split('.')) {
		if (Array.isArray(current))
			current = current.find(
				(item: Record<string, unknown>) => item?.sku === segment || item?.id === segment
			);
		else if (current !== null && typeof current === 'object' && Object.hasOwn(current, segment))
			current = (current as Record<string, unknown>)[segment];
		else return undefined;
	}
	return current;
}

const sizeOf = (value: unknown): number | undefined => {
	if (typeof value === 'number') return value;
	if (Array.isArray(value)) return value.length;
	if (value !== null && typeof value === 'object') return Object.keys(value).length;
	return undefined;
};

/**
 * Whether a record's fields match a lesson's `where`. A crash's `target` is in parts and the
 * lesson names it in the scenario's grammar (`view`, `group#2`): the lesson's string is read here,
 * where it enters, and a bare id matches any instance of that consumer.
 */
export function matches(record: TraceRecord, where: Record<string, unknown> | undefined): boolean {
	if (!where) return true;
	const fields = record as unknown as Record<string, unknown>;
	return Object.entries(where).every(([key, want]) => {
		const have = fields[key];
		if (key === 'target' && 'target' in record && typeof want === 'string')
			return targetCovers(parseTarget(want), record.target);
		return Array.isArray(have) ? have.includes(want) : have === want;
	});
}

function traceCount(probe: Probe, p: Extract<Predicate, { trace: unknown }>): number {
	const { trace } = probe.worlds.run.logs;
	let n = 0;
	for (let i = p.since === 'start' ? 0 : probe.cursor; i < trace.length; i++) {
		const r = trace[i];
		if (r.t > probe.tick) break;
		if (r.type === p.trace && matches(r, p.where)) n++;
	}
	return n;
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export function holds(p: Predicate, probe: Probe): boolean {
	if ('trace' in p) return traceCount(probe, p) >= (p.count ?? 1);
	if ('tick' in p) return probe.tick >= p.tick;
	if ('not' in p) return !holds(p.not, probe);
	if ('all' in p) return p.all.every((q) => holds(q, probe));
	if ('any' in p) return p.any.some((q) => holds(q, probe));
	const { run } = probe.worlds;
	const world = probe.worlds.at(probe.tick);
	if ('diverged' in p || 'converged' in p) {
		const id = 'diverged' in p ? p.diverged : p.converged;
		const same = sameJson(viewOf(run, world, id), viewOf(run, world, id, true));
		return 'diverged' in p ? !same : same;
	}
	const { consumer, key, truth, equals, min, max } = p.view;
	const value = lookup(viewOf(run, world, consumer, truth), key);
	if (equals !== undefined && !sameJson(value ?? null, equals)) return false;
	const size = sizeOf(value);
	if (min !== undefined && (size === undefined || size < min)) return false;
	if (max !== undefined && (size === undefined || size > max)) return false;
	return true;
}
