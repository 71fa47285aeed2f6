import { describe, expect, it } from 'vitest';
import { examples, parseScenario, type Scenario, simulate, withIntervention } from '$lib/engine';
import { binMoments, markSpots, notableMoments } from './timelineMarks';

function scenario(input: unknown): Scenario {
	const parsed = parseScenario(input);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.scenario;
}

describe('notableMoments', () => {
	it('given a fault and an intervention, both are marked at their tick, in tick order', () => {
		const base = scenario({
			...examples.counter,
			faults: [{ at: 30, kind: 'crash', target: 'naive', duration: 5 }]
		});
		const forked = withIntervention(base, {
			at: 12,
			kind: 'crash',
			target: 'deduped',
			duration: 4
		});
		const moments = notableMoments(simulate(forked));
		expect(moments).toContainEqual({ tick: 30, kind: 'fault' });
		expect(moments).toContainEqual({ tick: 12, kind: 'intervention' });
		expect(moments).toContainEqual({ tick: 30, kind: 'crash' });
		const ticks = moments.map((m) => m.tick);
		expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
	});

	it('a lossy network marks drops', () => {
		const run = simulate(scenario({ ...examples.counter, network: { drop: 0.3 } }));
		expect(notableMoments(run).some((m) => m.kind === 'drop')).toBe(true);
	});
});

describe('binMoments', () => {
	it('merges moments of one kind in one bin, keeping the first tick and the count', () => {
		const marks = binMoments(
			[
				{ tick: 1, kind: 'drop' },
				{ tick: 2, kind: 'drop' },
				{ tick: 2, kind: 'conflict' },
				{ tick: 90, kind: 'drop' }
			],
			99,
			10
		);
		expect(marks).toEqual([
			{ kind: 'drop', tick: 1, count: 2 },
			{ kind: 'conflict', tick: 2, count: 1 },
			{ kind: 'drop', tick: 90, count: 1 }
		]);
	});

	it('never yields more than bins × kinds marks, however long the run', () => {
		const moments = Array.from({ length: 10_000 }, (_, tick) => ({ tick, kind: 'drop' as const }));
		expect(binMoments(moments, 10_000, 300).length).toBeLessThanOrEqual(300);
	});
});

describe('mark spots (one hit target per bin)', () => {
	it('gather the kinds of a bin at its first tick, in lane order, one spot per bin', () => {
		const spots = markSpots(
			[
				{ tick: 14, kind: 'stale' },
				{ tick: 12, kind: 'drop' },
				{ tick: 13, kind: 'drop' },
				{ tick: 90, kind: 'fault' }
			],
			100,
			10
		);
		expect(spots).toEqual([
			{
				tick: 12,
				marks: [
					{ kind: 'drop', tick: 12, count: 2 },
					{ kind: 'stale', tick: 14, count: 1 }
				]
			},
			{ tick: 90, marks: [{ kind: 'fault', tick: 90, count: 1 }] }
		]);
	});
});
