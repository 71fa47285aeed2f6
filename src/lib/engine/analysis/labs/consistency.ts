/**
 * The consistency lab's sweeps, each a set of ordinary engine runs: the lag from append to
 * read-model apply over a run (EventApplied.lag), the stale-read rate and the read-your-writes
 * wait as the network's delay grows (QueryAnswered), and the CQRS question "which products are
 * low?" answered by a full scan of the store against one read model, as products multiply.
 * Everything is a pure function of its inputs; the page only draws the numbers.
 */
import { examples } from '../../scenario/examples';
import { formatScenarioErrors, parseScenario, type ScenarioInput } from '../../scenario/schema';
import type { Scenario } from '../../scenario/types';
import { report, simulate, type Run } from '../../simulation';

export type ConsistencyDomain = 'counter' | 'inventory';
export const consistencyDomains: readonly ConsistencyDomain[] = ['counter', 'inventory'];

/** Network delays (delayMax, ticks) the sweep tries; delayMin stays 1. */
export const sweepDelays = [1, 2, 4, 6, 8, 12, 16, 20, 30, 40] as const;
/** Seeds each sweep point is averaged over, so one lucky draw does not make the curve. */
export const sweepSeeds = [1, 2, 3] as const;
export const productCounts = [1, 3, 10, 30, 100, 300] as const;

function parse(input: ScenarioInput): Scenario {
	const parsed = parseScenario(input);
	if (!parsed.ok) throw new Error(`lab scenario: ${formatScenarioErrors(parsed.errors)}`);
	return parsed.scenario;
}

export const exampleScenario = (domain: ConsistencyDomain): Scenario => parse(examples[domain]);

/** The consumer a lab reads: the first that handles duplicates, else the first. */
export function labConsumer(scenario: Scenario): string {
	const consumers = scenario.consumers;
	return (consumers.find((c) => c.idempotency !== 'none') ?? consumers[0]).id;
}

export interface LagPoint {
	tick: number;
	lag: number;
	position: number;
}

/** Ticks from append to first apply, per event, as the consumer applied them. */
export function lagSeries(run: Run, consumer: string): LagPoint[] {
	const points: LagPoint[] = [];
	for (const r of run.logs.trace)
		if (r.type === 'EventApplied' && r.consumer === consumer && r.lag !== null)
			points.push({ tick: r.t, lag: r.lag, position: r.position });
	return points;
}

export interface SweepOptions {
	/** A query every this many ticks, from tick `every` on. */
	queryEveryTicks: number;
	readYourWrites: boolean;
	seeds?: readonly number[];
}

/** The scenario with a network delay of 1..delayMax, a query every few ticks, one consumer. */
export function sweepScenario(
	base: Scenario,
	delayMax: number,
	options: SweepOptions,
	seed = base.seed
): Scenario {
	const consumer = labConsumer(base);
	const client = base.commands[0]?.client ?? 'client';
	const queries = [];
	for (let at = options.queryEveryTicks; at <= base.ticks; at += options.queryEveryTicks)
		queries.push({ at, consumer, client });
	return {
		...base,
		seed,
		// Only the consumer being read: the others would just cost time.
		consumers: base.consumers.filter((c) => c.id === consumer),
		network: { ...base.network, delayMin: 1, delayMax },
		options: { ...base.options, readYourWrites: options.readYourWrites },
		queries,
		interventions: []
	};
}

export interface SweepPoint {
	delayMax: number;
	queries: number;
	staleReads: number;
	/** staleReads / queries, in [0, 1]. */
	staleRate: number;
	/** Mean ticks a query waited for its client's own write (0 without read-your-writes). */
	meanWaitedTicks: number;
	maxWaitedTicks: number;
}

/** One sweep point: the runs at this delay, over every seed, summed. */
export function sweepPoint(base: Scenario, delayMax: number, options: SweepOptions): SweepPoint {
	let queries = 0;
	let staleReads = 0;
	let waited = 0;
	let maxWaited = 0;
	for (const seed of options.seeds ?? sweepSeeds) {
		const run = simulate(sweepScenario(base, delayMax, options, seed), { checkpointEvery: 0 });
		for (const r of run.logs.trace) {
			if (r.type !== 'QueryAnswered') continue;
			queries++;
			if (r.stale) staleReads++;
			waited += r.waitedTicks;
			maxWaited = Math.max(maxWaited, r.waitedTicks);
		}
	}
	return {
		delayMax,
		queries,
		staleReads,
		staleRate: queries ? staleReads / queries : 0,
		meanWaitedTicks: queries ? waited / queries : 0,
		maxWaitedTicks: maxWaited
	};
}

/** Products below the threshold in every generated store: the answer stays this small. */
export const lowProducts = 3;

/**
 * A store of `products` long-lived products: each listed, stocked and shipped from six times;
 * `lowProducts` of them ship once more and fall below the threshold.
 */
export function inventoryScenario(products: number, threshold = 10): Scenario {
	const handlers = 16;
	const shipments = 6;
	const commands = products * (2 + shipments) + lowProducts;
	const ticks = Math.ceil(commands / handlers) * 3 + 30;
	const each = (type: string, at: number, data: Record<string, unknown>, repeat = products) => ({
		at,
		every: 0,
		repeat,
		stream: 'product-p{i}',
		type,
		data: { sku: 'p{i}', ...data }
	});
	return parse({
		format: 'eventscope/2',
		title: `${products} products`,
		seed: 1,
		ticks,
		domain: 'inventory',
		options: { handlers, lowStockThreshold: threshold },
		consumers: [{ id: 'low-stock', readModel: 'low-stock' }],
		commands: [
			each('ListProduct', 1, { name: 'Product {i}' }),
			each('ReceiveStock', 2, { qty: 100 }),
			...Array.from({ length: shipments }, (_, k) => each('ShipStock', 3 + k, { qty: 5 })),
			each('ShipStock', 3 + shipments, { qty: 65 }, Math.min(products, lowProducts))
		]
	});
}

export interface CqrsPoint {
	products: number;
	/** A full scan: every product stream loaded and replayed. */
	streamsLoaded: number;
	eventsReplayed: number;
	/** The read model: the rows of the low-stock view, read as they are. */
	rowsRead: number;
}

export function cqrsPoint(products: number): CqrsPoint {
	const run = simulate(inventoryScenario(products), { checkpointEvery: 0 });
	const cqrs = report(run).cqrs!;
	return {
		products,
		streamsLoaded: cqrs.fullScan.streamsLoaded,
		eventsReplayed: cqrs.fullScan.eventsReplayed,
		rowsRead: cqrs.readModel.rowsRead
	};
}

/** One point per tick: the largest lag among the events first applied at that tick. */
export function maxLagPerTick(points: readonly LagPoint[]): { tick: number; lag: number }[] {
	const byTick = new Map<number, number>();
	for (const p of points) byTick.set(p.tick, Math.max(byTick.get(p.tick) ?? 0, p.lag));
	return [...byTick].map(([tick, lag]) => ({ tick, lag })).sort((a, b) => a.tick - b.tick);
}
