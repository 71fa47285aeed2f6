import { describe, expect, it } from 'vitest';
import { labLogs, labStream } from '$lib/engine';
import { toCsv } from '../csv';
import { measureCell, median, timeLoads } from './measure';

/** A fake clock that advances one millisecond per reading. */
const tickingClock = () => {
	let now = 0;
	return () => (now += 1);
};

describe('median', () => {
	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7]
	])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

	it('of nothing is NaN', () => expect(median([])).toBeNaN());
});

describe('timeLoads', () => {
	it('repeats loads until each run lasts minRunMs and reports the median per load', () => {
		const calls: number[] = [];
		const timing = timeLoads((v) => (calls.push(v), { value: v }), [1, 2], tickingClock(), {
			runs: 3,
			minRunMs: 3,
			loadsPerRound: 2
		});
		// Each run: start at t, readings t+1, t+2, t+3 after three rounds of 2 loads.
		expect(timing.runsMsPerLoad).toEqual([0.5, 0.5, 0.5]);
		expect(timing.msPerLoad).toBe(0.5);
		expect(timing.loads).toBe(18);
		expect(calls.length).toBe(24); // plus an untimed warm-up run
	});
});

describe('measureCell', () => {
	it('gives exact replay, storage and the law check for a stream and interval', () => {
		const logs = labLogs(labStream(1_000));
		const cell = measureCell(logs, 100, tickingClock(), { runs: 3, minRunMs: 2, loadsPerRound: 8 });
		expect(cell.length).toBe(1_000);
		expect(cell.replay.meanPerLoad).toBe(49.5);
		expect(cell.sampledReplay).toBeGreaterThan(0);
		expect(cell.sampledReplay).toBeLessThan(100);
		expect(cell.storage).toMatchObject({ eventRecords: 1_000, snapshotRecords: 10 });
		expect(cell.check).toMatchObject({ n: 1_000, m: 900, holds: true });
		expect(cell.timing.msPerLoad).toBeGreaterThan(0);
	});

	it('without snapshots stores none and has no law to check', () => {
		const cell = measureCell(labLogs(labStream(100)), 0, tickingClock(), {
			runs: 1,
			minRunMs: 1,
			loadsPerRound: 4
		});
		expect(cell.storage.snapshotRecords).toBe(0);
		expect(cell.storage.snapshotBytes).toBe(0);
		expect(cell.check).toBeNull();
	});
});

describe('toCsv', () => {
	it('quotes cells with commas, quotes or newlines and ends lines with CRLF', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					[1, 'x,y'],
					['say "hi"', null]
				]
			)
		).toBe('a,b\r\n1,"x,y"\r\n"say ""hi""",\r\n');
	});
});
