import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/schema';
import { simulate } from '../simulation';
import { lossyCounter } from '../testing/arbitraries';
import { storeExtent } from './streams';

describe('storeExtent: how far a run’s store reaches', () => {
	it('no record in the store has a larger position, version or tick, and each is reached', () => {
		fc.assert(
			fc.property(lossyCounter(), (input) => {
				const parsed = parseScenario({ format: 'eventscope/1', ...input });
				if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
				const run = simulate(parsed.scenario);
				const extent = storeExtent(run);
				const events = run.logs.events;
				expect(Math.max(0, ...events.map((e) => e.globalPosition))).toBe(extent.position);
				expect(Math.max(0, ...events.map((e) => e.version))).toBe(extent.version);
				expect(Math.max(0, ...events.map((e) => e.tick))).toBe(extent.tick);
			}),
			{ numRuns: 25 }
		);
	});
});
