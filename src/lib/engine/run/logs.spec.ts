/**
 * A replay re-walks ticks the run already computed and must find every log entry as stored; in
 * development a difference (a nondeterminism bug) throws at once, naming the entry.
 */
import { describe, expect, it } from 'vitest';
import { appendAt, assertReplayed } from './logs';
import { examples } from '../scenario/examples';
import { parseScenario } from '../scenario/schema';
import { simulate, worldAt } from '../simulation';

describe('replays check themselves', () => {
	it('given a stored entry, when a replay appends the same data, then it keeps the stored one', () => {
		const stored = { t: 3, type: 'EventAppended', position: 1 };
		const log = [stored];
		expect(appendAt(log, 0, { t: 3, type: 'EventAppended', position: 1 })).toBe(stored);
		expect(log).toHaveLength(1);
	});

	it('given a stored entry, when a replay appends different data there, then it throws and says where', () => {
		const log = [{ t: 3, type: 'EventAppended', position: 1 }];
		expect(() => appendAt(log, 0, { t: 3, type: 'EventAppended', position: 2 })).toThrow(
			/Replay diverged from the run at log entry 0/
		);
		expect(() => assertReplayed({ a: [1, 2] }, { a: [1, 2], b: undefined }, 5)).toThrow(/entry 5/);
	});

	it('given a run whose stored trace was tampered with, when a seek replays over it, then it throws', () => {
		const parsed = parseScenario(examples.counter);
		if (!parsed.ok) throw new Error('invalid example');
		const run = simulate(parsed.scenario, { checkpointEvery: 10 });
		const tick = 15;
		const index = run.logs.trace.findIndex((r) => r.t > 10 && r.t <= tick);
		expect(index).toBeGreaterThan(-1);
		expect(() => worldAt(run, tick)).not.toThrow();
		run.logs.trace[index] = { ...run.logs.trace[index], t: -1 } as (typeof run.logs.trace)[number];
		expect(() => worldAt(run, tick)).toThrow(/Replay diverged from the run/);
	});
});
