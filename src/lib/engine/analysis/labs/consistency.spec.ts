import { describe, expect, it } from 'vitest';
import { simulate } from '../../simulation';
import {
	cqrsPoint,
	exampleScenario,
	inventoryScenario,
	labConsumer,
	lowProducts,
	maxLagPerTick,
	lagSeries,
	sweepPoint,
	sweepScenario
} from './consistency';

describe('lag from append to apply', () => {
	it('given the counter example, then every first apply has a lag of at least one tick', () => {
		const scenario = exampleScenario('counter');
		const consumer = labConsumer(scenario);
		expect(consumer).toBe('deduped');
		const lags = lagSeries(simulate(scenario), consumer);
		expect(lags.length).toBeGreaterThan(10);
		expect(lags.every((p) => p.lag >= 1 && p.tick >= p.lag)).toBe(true);
		// One point per event: the lag is only on an event's first apply.
		expect(new Set(lags.map((p) => p.position)).size).toBe(lags.length);
	});
});

describe('lag per tick', () => {
	it('keeps the largest lag of the events applied at each tick, in tick order', () => {
		const points = [
			{ tick: 5, lag: 2, position: 1 },
			{ tick: 3, lag: 1, position: 2 },
			{ tick: 5, lag: 4, position: 3 }
		];
		expect(maxLagPerTick(points)).toEqual([
			{ tick: 3, lag: 1 },
			{ tick: 5, lag: 4 }
		]);
	});
});

describe('stale reads against network delay', () => {
	const base = exampleScenario('counter');

	it('the sweep scenario queries every few ticks with delay 1..delayMax and keeps the rest', () => {
		const s = sweepScenario(base, 12, { queryEveryTicks: 10, readYourWrites: false });
		expect(s.network).toMatchObject({ delayMin: 1, delayMax: 12 });
		expect(s.queries.map((q) => q.at)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
		expect(s.commands).toBe(base.commands);
		expect(s.consumers.map((c) => c.id)).toEqual(['deduped']);
	});

	it('given a longer delay, then more reads are stale', () => {
		const options = { queryEveryTicks: 3, readYourWrites: false };
		const fast = sweepPoint(base, 1, options);
		const slow = sweepPoint(base, 30, options);
		expect(fast.queries).toBe(slow.queries);
		expect(slow.staleRate).toBeGreaterThan(fast.staleRate);
		expect(slow.staleRate).toBeLessThanOrEqual(1);
	});

	it('given read-your-writes, then queries wait longer as the delay grows, and only then', () => {
		const wait = (delay: number, ryw: boolean) =>
			sweepPoint(base, delay, { queryEveryTicks: 3, readYourWrites: ryw }).meanWaitedTicks;
		expect(wait(20, false)).toBe(0);
		expect(wait(20, true)).toBeGreaterThan(wait(2, true));
	});

	it('is deterministic', () => {
		const options = { queryEveryTicks: 5, readYourWrites: true, seeds: [3] };
		expect(sweepPoint(base, 8, options)).toEqual(sweepPoint(base, 8, options));
	});
});

describe('CQRS: full scan against a read model', () => {
	it('given more products, then a full scan replays more events while the read model reads only the low rows', () => {
		const small = cqrsPoint(3);
		const large = cqrsPoint(30);
		expect(small.streamsLoaded).toBe(3);
		expect(large.streamsLoaded).toBe(30);
		expect(large.eventsReplayed).toBe(30 * 8 + lowProducts);
		expect(large.rowsRead).toBe(lowProducts);
		expect(large.rowsRead).toBeLessThan(large.eventsReplayed);
	});

	it('the generated store is a valid scenario with enough ticks for every command', () => {
		const run = simulate(inventoryScenario(30), { checkpointEvery: 0 });
		expect(run.final.counts.commands).toBe(30 * 8 + lowProducts);
		expect(run.final.counts.rejected).toBe(0);
		expect(run.final.counts.accepted + run.final.counts.rejected + run.final.counts.failed).toBe(
			run.final.counts.commands
		);
	});
});
