import { describe, expect, it } from 'vitest';
import { examples } from '$lib/engine/scenario/examples';
import { parseScenario } from '$lib/engine/scenario/schema';
import { simulate, withIntervention, worldAt } from '$lib/engine/simulation';
import type { Scenario } from '$lib/engine/scenario/types';
import {
	clientLookup,
	clientsOf,
	compact,
	compareViews,
	convergence,
	instanceStatus,
	targetName
} from './nodes';

function scenario(input: unknown): Scenario {
	const parsed = parseScenario(input);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.scenario;
}

describe('instanceStatus', () => {
	it('given a crash at 20 for 10 ticks, the instance is crashed from 20 to 29, then up', () => {
		const base = scenario(examples.counter);
		const run = simulate(
			withIntervention(base, { at: 20, kind: 'crash', target: 'naive', duration: 10 })
		);
		expect(instanceStatus(worldAt(run, 19).consumers[0], 0, 19)).toBe('up');
		expect(instanceStatus(worldAt(run, 20).consumers[0], 0, 20)).toBe('crashed');
		expect(instanceStatus(worldAt(run, 29).consumers[0], 0, 29)).toBe('crashed');
		expect(instanceStatus(worldAt(run, 30).consumers[0], 0, 30)).toBe('up');
	});

	it('a late consumer waits, then catches up from the store', () => {
		const run = simulate(
			scenario({
				...examples.counter,
				options: { ...examples.counter.options, catchUpPerTick: 1 },
				consumers: [{ id: 'late', readModel: 'counter-values', startAt: 60 }],
				queries: []
			})
		);
		expect(instanceStatus(worldAt(run, 59).consumers[0], 0, 59)).toBe('waiting');
		expect(instanceStatus(worldAt(run, 61).consumers[0], 0, 61)).toBe('catching-up');
	});
});

describe('convergence', () => {
	it('the naive counter of the example diverges from the truth by the end; deduped does not', () => {
		const run = simulate(scenario(examples.counter));
		const end = convergence(run, run.final);
		expect(end).toEqual({ naive: false, deduped: true });
		expect(convergence(run, worldAt(run, 0))).toEqual({ naive: true, deduped: true });
	});
});

describe('names', () => {
	it('targetName is the id alone for one instance, id#n (1-based) in a group', () => {
		expect(targetName('naive', 0, 1)).toBe('naive');
		expect(targetName('gated', 1, 3)).toBe('gated#2');
	});

	it('clients come from the commands, and a command id finds its client', () => {
		const run = simulate(
			scenario({
				...examples.counter,
				commands: [
					{ at: 1, stream: 'counter-1', type: 'Add', data: { amount: 1 }, client: 'ann' },
					{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 1 }, client: 'bob' }
				]
			})
		);
		expect(clientsOf(run)).toEqual(['ann', 'bob']);
		expect(clientLookup(run)('c2')).toBe('bob');
	});
});

describe('compareViews', () => {
	it('marks the rows that differ from the truth, and rows only one side has', () => {
		const rows = compareViews({ a: 10, b: 2 }, { a: 5, b: 2, c: 1 });
		expect(rows).toEqual([
			{ key: 'a', value: '10', truth: '5', differs: true },
			{ key: 'b', value: '2', truth: '2', differs: false },
			{ key: 'c', value: '—', truth: '1', differs: true }
		]);
	});

	it('compacts nested rows', () => {
		expect(compact({ apple: 2, pear: 1 })).toBe('apple=2 pear=1');
		expect(compact({ cart: { apple: 2 } })).toBe('cart(apple=2)');
		expect(compact(null)).toBe('—');
	});
});
