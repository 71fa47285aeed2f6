import { describe, expect, it } from 'vitest';
import {
	examples,
	parseScenario,
	type Scenario,
	simulate,
	withIntervention,
	worldAt
} from '$lib/engine';
import { clientLookup, clientsOf, compact, instanceStatus, readModelBox } from './nodes';

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

describe('readModelBox', () => {
	it('the naive counter of the example diverges from the truth by the end; deduped does not', () => {
		const run = simulate(scenario(examples.counter));
		const states = (w: typeof run.final) => w.consumers.map((c) => readModelBox(run, w, c).state);
		expect(states(run.final)).toEqual(['diverged', 'converged']);
		expect(states(worldAt(run, 0))).toEqual(['converged', 'converged']);
	});

	it('shows a differing row first, with the truth beside it', () => {
		const run = simulate(scenario(examples.counter));
		const naive = readModelBox(run, run.final, run.final.consumers[0]);
		expect(naive.row?.differs).toBe(true);
		expect(Number(naive.row?.value)).toBeGreaterThan(Number(naive.row?.truth));
	});

	it('calls a model that lacks only events on their way "behind", not diverged', () => {
		const run = simulate(
			scenario({
				...examples.counter,
				network: { ...examples.counter.network, duplicate: 0, drop: 0, delayMin: 3, delayMax: 3 },
				consumers: [{ id: 'slow', readModel: 'counter-values' }],
				queries: []
			})
		);
		const world = worldAt(run, run.logs.events[0].tick);
		const box = readModelBox(run, world, world.consumers[0]);
		expect(box).toMatchObject({ state: 'behind', row: { value: '—', differs: true } });
	});
});

describe('names', () => {
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

describe('compact', () => {
	it('compacts nested rows', () => {
		expect(compact({ apple: 2, pear: 1 })).toBe('apple=2 pear=1');
		expect(compact({ cart: { apple: 2 } })).toBe('cart(apple=2)');
		expect(compact(null)).toBe('—');
	});
});
