import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldStream } from '../../eventStore/eventStore';
import { initialCounterState } from '../../domains/counter';
import { run } from '../../testing/scenarios';
import {
	evolveLabStream,
	changedEvolve,
	checkSnapshotLaw,
	jsonBytes,
	labLogs,
	labSnapshots,
	labStream,
	labStreamId,
	loadAt,
	replayCost,
	replayedAt,
	sampleVersions,
	storageOf
} from './snapshots';

describe('the lab stream', () => {
	it('is n Added events with 1-based versions and positions', () => {
		const events = labStream(5);
		expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
		expect(events.every((e) => e.type === 'Added' && e.streamId === labStreamId)).toBe(true);
	});

	it('snapshots after versions k, 2k, ... holding the fold up to there', () => {
		const logs = labLogs(labStream(35));
		const snaps = labSnapshots(logs, 10);
		expect(snaps.map((s) => s.version)).toEqual([10, 20, 30]);
		const at20 = foldStream(logs, labStreamId, 0, 20, initialCounterState, evolveLabStream);
		expect(snaps[1].state).toEqual(at20);
		expect(labSnapshots(logs, 0)).toEqual([]);
	});
});

describe('loads (the engine load path: latest snapshot + tail)', () => {
	it('a load at any version equals the full fold, with or without snapshots', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 50 }), (n, k) => {
				const logs = labLogs(labStream(n));
				const snaps = labSnapshots(logs, k);
				for (const v of [0, Math.floor(n / 2), n - 1, n]) {
					const full = foldStream(logs, labStreamId, 0, v, initialCounterState, evolveLabStream);
					expect(loadAt(logs, snaps, k, v)).toEqual(full);
				}
			})
		);
	});

	it('replays only the tail after the latest snapshot', () => {
		expect(replayedAt(25, 10)).toBe(5);
		expect(replayedAt(30, 10)).toBe(0);
		expect(replayedAt(25, 0)).toBe(25);
	});

	it('agrees with what the engine counts when it snapshots every N events', () => {
		// One command per tick on one stream: every command loads the stream once.
		const every = 10;
		const { report } = run({
			ticks: 60,
			options: { snapshotEvery: every },
			consumers: [],
			commands: [{ at: 1, repeat: 50, stream: 'counter-1', type: 'Add', data: { amount: 1 } }]
		});
		expect(report.loads.count).toBe(50);
		expect(report.loads.eventsReplayed).toBe(replayCost(50, every).meanPerLoad * 50);
	});
});

describe('replay cost per load', () => {
	it.each([
		// n, k, mean, worst, latest
		[10, 0, 4.5, 9, 10],
		[100, 0, 49.5, 99, 100],
		[100, 10, 4.5, 9, 0],
		[10, 100, 4.5, 9, 10],
		[25, 10, (45 + 45 + 10) / 25, 9, 5]
	])('n=%i every %i: mean %d, worst %i, latest %i', (n, k, mean, worst, latest) => {
		expect(replayCost(n, k)).toEqual({
			meanPerLoad: mean,
			worstPerLoad: worst,
			latestLoad: latest
		});
	});

	it('the mean equals the brute-force mean over versions 0..n-1', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 60 }), (n, k) => {
				let sum = 0;
				for (let v = 0; v < n; v++) sum += replayedAt(v, k);
				expect(replayCost(n, k).meanPerLoad).toBeCloseTo(sum / n, 9);
			})
		);
	});
});

describe('sampled load versions', () => {
	it('stay in 0..n-1 and do not alias onto multiples of the interval', () => {
		const versions = sampleVersions(100_000, 50);
		expect(versions.every((v) => v >= 0 && v < 100_000)).toBe(true);
		expect(new Set(versions.map((v) => v % 10)).size).toBeGreaterThan(5);
	});
});

describe('storage', () => {
	it('counts records and UTF-8 JSON bytes', () => {
		expect(jsonBytes({ a: 'é' })).toBe(10);
		expect(jsonBytes('한')).toBe(5);
		const logs = labLogs(labStream(20));
		const s = storageOf(logs.events, labSnapshots(logs, 10));
		expect(s.eventRecords).toBe(20);
		expect(s.snapshotRecords).toBe(2);
		expect(s.eventBytes).toBe(logs.events.reduce((sum, e) => sum + JSON.stringify(e).length, 0));
	});
});

describe('state(n) = state(m) + events(m..n)', () => {
	it('holds with the evolve that took the snapshots', () => {
		const logs = labLogs(labStream(1_005));
		const check = checkSnapshotLaw(logs, labSnapshots(logs, 100), 100);
		expect(check).toMatchObject({ n: 1_005, m: 1_000, holds: true });
		expect(check!.full).toBe(check!.fromSnapshot);
	});

	it('breaks silently when evolve changes after the snapshots were taken', () => {
		const logs = labLogs(labStream(1_005));
		const check = checkSnapshotLaw(logs, labSnapshots(logs, 100), 100, changedEvolve);
		expect(check?.holds).toBe(false);
	});

	it('has nothing to check without a snapshot below n', () => {
		const logs = labLogs(labStream(10));
		expect(checkSnapshotLaw(logs, labSnapshots(logs, 10), 10)).toBeNull();
		expect(checkSnapshotLaw(logs, [], 0)).toBeNull();
	});
});
