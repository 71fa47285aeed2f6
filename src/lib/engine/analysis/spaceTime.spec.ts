import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterCommands, network, seed } from '../testing/arbitraries';
import { scenario } from '../testing/scenarios';
import { simulate } from '../simulation';
import type { ScenarioInput } from '../scenario/schema';
import {
	crossings,
	sliceWindow,
	spaceTimeOf,
	windowAround,
	windowLinesMax,
	type SpaceTimeLine
} from './spaceTime';

type Input = Omit<ScenarioInput, 'format'>;

const runOf = (input: Input) => simulate(scenario(input));

/** The add(5) workload over two streams, on a network with delays 1..6. */
const busy = (broker: 'log' | 'queue', overrides: Partial<Input> = {}): Input => ({
	seed: 7,
	ticks: 80,
	options: { broker, partitions: 2 },
	network: { delayMin: 1, delayMax: 6 },
	consumers: [{ id: 'view', readModel: 'counter-values', instances: 2 }],
	commands: [
		{ at: 1, every: 2, repeat: 25, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
		{ at: 2, every: 3, repeat: 15, stream: 'counter-2', type: 'Add', data: { amount: 1 } }
	],
	...overrides
});

const line = (lane: number, t0: number, t1: number): SpaceTimeLine =>
	({ lane, t0, t1 }) as SpaceTimeLine;

describe('crossings', () => {
	it('counts the pairs in a lane where the later-sent line ends first, and no pair across lanes', () => {
		expect(crossings([line(0, 1, 5), line(0, 2, 3)])).toBe(1);
		expect(crossings([line(0, 1, 3), line(0, 2, 5)])).toBe(0);
		expect(crossings([line(0, 1, 5), line(1, 2, 3)])).toBe(0);
		// One slow copy overtaken by three.
		expect(crossings([line(0, 1, 9), line(0, 2, 3), line(0, 3, 4), line(0, 4, 5)])).toBe(3);
	});
});

describe('given a log broker with no faults', () => {
	it('each partition is a lane, every line carries its offset, and no two lines cross, whatever the seed and network (200 runs)', () => {
		fc.assert(
			fc.property(
				seed,
				counterCommands,
				network,
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 1, max: 3 }),
				(s, commands, net, partitions, instances) => {
					const run = runOf({
						seed: s,
						ticks: 120,
						options: { broker: 'log', partitions, commitEvery: 2 },
						network: net,
						consumers: [{ id: 'view', readModel: 'counter-values', instances }],
						commands
					});
					const st = spaceTimeOf(run, 'view');
					expect(st.lanes).toBe(partitions);
					expect(st.lines.every((l) => l.offset !== null && l.lane < partitions)).toBe(true);
					expect(crossings(st.lines)).toBe(0);
					expect(st.lines.some((l) => l.overtaken || l.outcome === 'lost')).toBe(false);
					// A version applied after a higher one can only be a producer's retry read again.
					expect(st.lines.filter((l) => l.outOfOrder && !l.duplicate)).toEqual([]);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('commits are marked per partition, each above the one before', () => {
		const st = spaceTimeOf(runOf(busy('log')), 'view');
		expect(st.commits.length).toBeGreaterThan(0);
		for (let lane = 0; lane < st.lanes; lane++) {
			const offsets = st.commits.filter((c) => c.lane === lane).map((c) => c.offset);
			expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
			expect(new Set(offsets).size).toBe(offsets.length);
		}
		// The first assignment gives each partition an owner.
		expect(st.owners.filter((o) => o.owner >= 0).map((o) => o.lane)).toEqual([0, 1]);
	});
});

describe('given a queue broker', () => {
	it('seed 7 draws crossing lines in a lane, and the overtaken ones are marked', () => {
		const st = spaceTimeOf(runOf(busy('queue')), 'view');
		expect(st.lanes).toBe(2);
		expect(crossings(st.lines)).toBeGreaterThan(0);
		expect(st.lines.some((l) => l.overtaken)).toBe(true);
		expect(st.lines.every((l) => l.offset === null)).toBe(true);
	});

	it('marks an apply after a higher version as out of order, and an apply of an applied event as a duplicate', () => {
		const st = spaceTimeOf(
			runOf(busy('queue', { network: { delayMin: 1, delayMax: 6, duplicate: 0.3 } })),
			'view'
		);
		const applied = st.lines.filter((l) => l.outcome === 'applied');
		expect(applied.some((l) => l.outOfOrder)).toBe(true);
		expect(applied.some((l) => l.duplicate)).toBe(true);
		// Checked against the definitions, apply by apply, in the order they happened.
		const seen = new Set<number>();
		const highest = new Map<string, number>();
		const byEnd = [...applied].sort((a, b) => a.t1 - b.t1);
		for (const l of byEnd) {
			expect(l.duplicate).toBe(seen.has(l.position));
			expect(l.outOfOrder).toBe((highest.get(l.stream) ?? 0) > l.version);
			seen.add(l.position);
			highest.set(l.stream, Math.max(highest.get(l.stream) ?? 0, l.version));
		}
	});

	it('a lost copy ends where it was lost, before it would have arrived', () => {
		const st = spaceTimeOf(
			runOf(busy('queue', { network: { delayMin: 2, delayMax: 6, drop: 0.3 } })),
			'view'
		);
		const lost = st.lines.filter((l) => l.outcome === 'lost');
		expect(lost.length).toBeGreaterThan(0);
		expect(lost.every((l) => l.lostReason === 'network' && l.endAt >= l.sentAt)).toBe(true);
	});
});

describe('a window of ticks', () => {
	it('holds the cursor two thirds of the way in, and stays inside the run', () => {
		expect(windowAround(100, 500, 60)).toEqual({ from: 60, to: 120 });
		expect(windowAround(10, 500, 60)).toEqual({ from: 0, to: 60 });
		expect(windowAround(500, 500, 60)).toEqual({ from: 440, to: 500 });
		expect(windowAround(5, 20, 60)).toEqual({ from: 0, to: 60 });
	});

	it('shows exactly the lines that touch it, and the marks inside it', () => {
		const st = spaceTimeOf(runOf(busy('log')), 'view');
		const { lines, commits, truncated } = sliceWindow(st, 20, 40);
		const expected = st.lines.filter((l) => l.sentAt <= 40 && l.endAt >= 20);
		expect(lines).toEqual(expected);
		expect(truncated).toBe(false);
		expect(commits).toEqual(st.commits.filter((c) => c.t >= 20 && c.t <= 40));
	});

	it(`keeps at most ${windowLinesMax} lines`, () => {
		const st = spaceTimeOf(
			runOf({
				...busy('queue'),
				ticks: 60,
				commands: [
					{ at: 1, every: 1, repeat: 50, stream: 'counter-{i}', type: 'Add', data: { amount: 1 } }
				],
				network: { delayMin: 1, delayMax: 1, duplicate: 1 },
				consumers: Array.from({ length: 1 }, () => ({ id: 'view', readModel: 'counter-values' }))
			}),
			'view'
		);
		const fake = { ...st, lines: Array.from({ length: 10 }, () => st.lines).flat() };
		const sorted = { ...fake, lines: [...fake.lines].sort((a, b) => a.sentAt - b.sentAt) };
		const w = sliceWindow(sorted, 0, 60);
		expect(sorted.lines.length).toBeGreaterThan(windowLinesMax);
		expect(w.lines.length).toBe(windowLinesMax);
		expect(w.truncated).toBe(true);
	});
});
