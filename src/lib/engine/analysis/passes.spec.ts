import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/schema';
import { simulate, worldAt, type Run } from '../simulation';
import { lossyCounter } from '../testing/arbitraries';
import { checkInvariants } from './invariants';
import { PassResults, recordsPerStep, type Pass } from './passes';
import { isPrepared, prepareRun } from './prepare';

const runOf = (input: object): Run => {
	const parsed = parseScenario({ format: 'eventscope/1', ...input });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return simulate(parsed.scenario);
};

describe('a whole-trace pass, run ahead in steps or done when first needed', () => {
	// A pass that counts to 5 in five steps, and counts how often it was started.
	function counting() {
		let started = 0;
		const results = new PassResults<number>(function* (): Pass<number> {
			started++;
			let n = 0;
			while (n < 5) {
				n++;
				yield;
			}
			return n;
		});
		return { results, started: () => started };
	}
	const run = {} as Run;

	it('given a pass run ahead part way, when a seek needs it, then it is finished from where it got to', () => {
		const { results, started } = counting();
		const ahead = results.ahead(run);
		ahead.next();
		ahead.next();
		expect(results.has(run)).toBe(false);
		expect(results.get(run)).toBe(5);
		expect(started()).toBe(1);
		// What was left of running it ahead has nothing more to do.
		expect(ahead.next().done).toBe(true);
	});

	it('given a pass done on demand, when it is run ahead, then there is nothing left to do', () => {
		const { results, started } = counting();
		expect(results.get(run)).toBe(5);
		expect([...results.ahead(run)]).toEqual([]);
		expect(results.has(run)).toBe(true);
		expect(started()).toBe(1);
	});

	it('keeps one result per run and key', () => {
		const { results, started } = counting();
		results.get(run, 'a');
		results.get(run, 'b');
		results.get({} as Run, 'a');
		results.get(run, 'a');
		expect(started()).toBe(3);
	});
});

describe('preparing a run: the invariants at any tick are the same, prepared ahead or not', () => {
	const consumers = [
		{ id: 'view', readModel: 'counter-values' as const, idempotency: 'none' as const },
		{ id: 'dedupe', readModel: 'counter-values' as const, idempotency: 'dedupe-id' as const }
	];

	it('holds for any number of steps run ahead before the first seek', () => {
		fc.assert(
			fc.property(
				lossyCounter({ ticks: 120, consumers, options: { delivery: 'at-least-once' } }),
				fc.nat(40),
				fc.nat(),
				(input, stepsAhead, cut) => {
					const fresh = runOf(input);
					const prepared = runOf(input);
					const steps = prepareRun(prepared);
					for (let i = 0; i < stepsAhead; i++) steps.next();
					const tick = cut % (fresh.scenario.ticks + 1);
					const at = (run: Run) => checkInvariants(run, worldAt(run, tick));
					expect(at(prepared)).toEqual(at(fresh));
				}
			),
			{ numRuns: 60 }
		);
	});

	it('comes in steps of a few thousand records, so the page can paint between them, and is then done', () => {
		const run = runOf({
			seed: 3,
			ticks: 600,
			domain: 'counter',
			consumers,
			commands: [
				{ at: 1, every: 2, repeat: 290, stream: 'c-{i}', type: 'Add', data: { amount: 5 } }
			]
		});
		const records = run.logs.trace.length;
		expect(records).toBeGreaterThan(2 * recordsPerStep);
		expect(isPrepared(run)).toBe(false);
		const steps = [...prepareRun(run)].length;
		// Three passes (the first breaches, a fold timeline per consumer), each a step per block.
		expect(steps).toBeGreaterThanOrEqual(3 * Math.floor(records / recordsPerStep) - 3);
		expect(isPrepared(run)).toBe(true);
	});
});
