import { describe, expect, it } from 'vitest';
import { scenario } from '../testing/scenarios';
import { scenarioWarnings } from './warnings';

describe('warnings: valid settings that are probably a mistake', () => {
	it('given a queue whose ack timeout is below the worst round trip, then it warns that healthy consumers get resends', () => {
		const s = scenario({ options: { broker: 'queue', ackTimeout: 12 }, network: { delayMax: 5 } });
		expect(scenarioWarnings(s)).toEqual([]);
		const slow = scenario({
			options: { broker: 'queue', ackTimeout: 12 },
			network: { delayMax: 6 }
		});
		expect(scenarioWarnings(slow)).toEqual([
			{
				path: 'options.ackTimeout',
				message: expect.stringContaining(
					'below the worst round trip (2 × network.delayMax + 1 = 13)'
				)
			}
		]);
	});

	it('given the same timeout under a log, or under at-most-once, then nothing is resent, so no warning', () => {
		const network = { delayMax: 20 };
		expect(
			scenarioWarnings(scenario({ options: { broker: 'log', ackTimeout: 4 }, network }))
		).toEqual([]);
		expect(
			scenarioWarnings(
				scenario({ options: { broker: 'queue', delivery: 'at-most-once', ackTimeout: 4 }, network })
			)
		).toEqual([]);
	});

	it('the defaults never warn: the default ack timeout exceeds the default network’s round trip', () => {
		expect(scenarioWarnings(scenario({ options: { broker: 'queue' } }))).toEqual([]);
	});
});
