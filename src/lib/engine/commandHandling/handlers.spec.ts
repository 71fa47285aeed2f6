import { describe, expect, it } from 'vitest';
import { run, traceOf } from '../testing/scenarios';

const adds = (n: number, at = 1, stream = 'counter-1') => ({
	at,
	repeat: n,
	every: 0,
	stream,
	type: 'Add',
	data: { amount: 5 }
});

describe('command handlers', () => {
	it('two handlers on one stream conflict; the loser reloads, decides again and succeeds', () => {
		const { run: r, report } = run({
			domain: 'counter',
			ticks: 20,
			options: { handlers: 2 },
			commands: [adds(2)]
		});
		const conflicts = traceOf(r, 'AppendConflict');
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]).toMatchObject({ expected: 'no-stream', actual: 1 });
		const loads = traceOf(r, 'CommandLoaded').filter((l) => l.command === conflicts[0].command);
		expect(loads.map((l) => l.version)).toEqual([0, 1]); // reloaded at the new version
		expect(report.counts).toMatchObject({ accepted: 2, conflicts: 1, failed: 0 });
		expect(report.streams['counter-1']).toEqual({ version: 2, state: { value: 10 } });
	});

	it('with ValueSet the retry decides again from the new state instead of re-appending', () => {
		const { run: r } = run({
			domain: 'counter',
			ticks: 20,
			options: { handlers: 2, eventStyle: 'absolute' },
			commands: [adds(2)]
		});
		expect(r.logs.events.map((e) => e.data)).toEqual([{ value: 5 }, { value: 10 }]);
	});

	it('a command fails visibly once its retries are exhausted', () => {
		const { run: r, report } = run({
			domain: 'counter',
			ticks: 40,
			options: { handlers: 4, retries: 0 },
			commands: [adds(4)]
		});
		expect(report.counts.failed).toBe(3);
		expect(traceOf(r, 'CommandFailed')[0].reason).toMatch(/conflict on counter-1/);
	});

	it('no lost update: under any contention value = amount × version', () => {
		const { report } = run({
			domain: 'counter',
			ticks: 400,
			options: { handlers: 8, retries: 10 },
			commands: [adds(40)]
		});
		const { version, state } = report.streams['counter-1'];
		expect(state).toEqual({ value: 5 * version });
		expect(report.counts.accepted).toBe(version);
		expect(report.counts.accepted + report.counts.failed).toBe(40);
	});

	it('a command the domain refuses ends as a visible rejection and appends nothing', () => {
		const { run: r, report } = run({
			domain: 'cart',
			ticks: 10,
			commands: [{ at: 1, stream: 'cart-1', type: 'Checkout', data: {} }]
		});
		expect(report.counts).toMatchObject({ rejected: 1, appended: 0 });
		expect(traceOf(r, 'CommandRejected')[0].reason).toMatch(/empty/i);
	});

	it('every load records its cost; without snapshots a load replays the whole stream', () => {
		const { run: r } = run({ domain: 'counter', ticks: 30, commands: [adds(10, 1)] });
		const replayed = traceOf(r, 'CommandLoaded').map((l) => l.eventsReplayed);
		expect(replayed).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});
});

describe('snapshots', () => {
	it('a stream is snapshotted every N events and loads replay only the tail', () => {
		const { run: r, report } = run({
			domain: 'counter',
			ticks: 60,
			options: { snapshotEvery: 4 },
			commands: [adds(10)]
		});
		expect(traceOf(r, 'SnapshotTaken').map((s) => s.version)).toEqual([4, 8]);
		const loads = traceOf(r, 'CommandLoaded');
		expect(loads.map((l) => [l.snapshotVersion, l.eventsReplayed])).toEqual([
			[null, 0],
			[null, 1],
			[null, 2],
			[null, 3],
			[4, 0],
			[4, 1],
			[4, 2],
			[4, 3],
			[8, 0],
			[8, 1]
		]);
		expect(report.snapshots.taken).toBe(2);
		expect(report.loads.snapshotsUsed).toBe(6);
		expect(report.streams['counter-1'].state).toEqual({ value: 50 });
	});
});

describe('the workload and handler random streams', () => {
	it('decideTicksMax widens the window between load and append, so more handlers collide', () => {
		const conflicts = (decideTicksMax: number) =>
			run({
				seed: 3,
				ticks: 400,
				options: { handlers: 2, retries: 10, decideTicksMax },
				commands: [{ ...adds(40), every: 1 }]
			}).report.counts.conflicts;
		// One command a tick: with a one-tick window each handler sees the other's append.
		expect(conflicts(1)).toBe(0);
		expect(conflicts(6)).toBeGreaterThan(0);
	});

	it('jitter delays generated commands without changing what the network draws', () => {
		const base = {
			seed: 9,
			ticks: 200,
			network: { drop: 0.2, duplicate: 0.2, delayMin: 1, delayMax: 5 }
		};
		const plain = run({ ...base, commands: [{ ...adds(10), every: 5 }] }).run;
		const late = run({ ...base, commands: [{ ...adds(10), every: 5, jitter: 3 }] }).run;
		const arrivals = (r: typeof plain) => traceOf(r, 'CommandReceived').map((c) => c.t);
		expect(arrivals(late)).not.toEqual(arrivals(plain));
		arrivals(late).forEach((t, i) => expect(t - arrivals(plain)[i]).toBeGreaterThanOrEqual(0));
		expect(late.final.rng.network).not.toBe(undefined);
	});
});
