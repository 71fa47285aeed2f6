/**
 * One truth for what happened: the counts the engine keeps as it runs equal the tally of its
 * trace, for any scenario, under either broker, at the end and at any tick in between.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lossyCounter } from '../testing/arbitraries';
import { scenario } from '../testing/scenarios';
import { simulate, worldAt } from '.';
import { countsOf } from '../run/counts';

describe('the run counts', () => {
	for (const broker of ['log', 'queue'] as const)
		for (const delivery of ['at-least-once', 'at-most-once'] as const)
			it(`equal the trace's tally (${broker}, ${delivery})`, () => {
				fc.assert(
					fc.property(
						lossyCounter({ options: { broker, delivery } }),
						fc.integer({ min: 0, max: 900 }),
						(input, t) => {
							const run = simulate(scenario(input));
							expect(run.final.counts).toEqual(countsOf(run.logs.trace));
							const prefix = run.logs.trace.filter((r) => r.t <= t);
							expect(worldAt(run, t).counts).toEqual(countsOf(prefix));
						}
					),
					{ numRuns: 60 }
				);
			});

	it("equal the trace's tally with the state stored as rows and a lossy audit log", () => {
		fc.assert(
			fc.property(
				lossyCounter({ options: { storage: 'state', publish: 'dual-write', logCrash: 0.3 } }),
				(input) => {
					const run = simulate(scenario(input));
					expect(run.final.counts).toEqual(countsOf(run.logs.trace));
					expect(run.final.counts.audited + run.final.counts.logLost).toBe(
						run.final.counts.rowUpdates
					);
				}
			),
			{ numRuns: 40 }
		);
	});
});
