/**
 * `npm run bench`: how fast the engine simulates, and what the load path costs against a plain
 * fold. A benchmark, not a test: it prints figures, it asserts nothing.
 *
 * Honest on a shared machine: every comparison runs its two sides in turns (A B, B A, ...), so a
 * slowdown meanwhile affects both alike; each side is reported as the median and the range
 * (min-max) of its runs, in CPU time of the process (user + system: less sensitive than wall
 * time to other processes on the machine) with the median wall time beside it; and each ratio is
 * the median (and range) of the ratios within each pair, stating what is divided by what.
 * BENCH_PAIRS=n sets the pairs per comparison (default 5).
 */
import { domains } from '../src/lib/engine/domains';
import { foldStream } from '../src/lib/engine/eventStore/eventStore';
import type { StoredEvent } from '../src/lib/engine/eventStore/types';
import { parseScenario, type ScenarioInput } from '../src/lib/engine/scenario/schema';
import type { Scenario } from '../src/lib/engine/scenario/types';
import { simulate } from '../src/lib/engine/simulation';
import type { Run } from '../src/lib/engine/simulation';
import type { Logs } from '../src/lib/engine/run/world';

function scenarioOf(input: Omit<ScenarioInput, 'format'>): Scenario {
	const parsed = parseScenario({ format: 'eventscope/2', ...input });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.scenario;
}

/** One timed run: wall time and the process's CPU time (user + system), in ms. */
interface Sample<T> {
	wall: number;
	cpu: number;
	result: T;
}

function sample<T>(fn: () => T): Sample<T> {
	const cpu0 = process.cpuUsage();
	const wall0 = performance.now();
	const result = fn();
	const wall = performance.now() - wall0;
	const cpu = process.cpuUsage(cpu0);
	return { wall, cpu: (cpu.user + cpu.system) / 1000, result };
}

const median = (xs: readonly number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** "median (min-max)" of some figures. */
const spread = (xs: readonly number[], digits = 0): string =>
	`${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`;

/** Pairs of runs per comparison: BENCH_PAIRS, else 5. */
const pairs = Math.max(1, Number(process.env.BENCH_PAIRS ?? 5));

/**
 * Runs `a` and `b` in turns, `pairs` times (A B, then B A, ...: a machine that slows down or
 * speeds up meanwhile affects both alike), after one untimed run of each (the JIT's warm-up).
 * Returns every sample; the ratio of a pair is taken within the pair.
 */
function interleave<A, B>(a: () => A, b: () => B): { a: Sample<A>[]; b: Sample<B>[] } {
	a();
	b();
	const out = { a: [] as Sample<A>[], b: [] as Sample<B>[] };
	for (let i = 0; i < pairs; i++) {
		if (i % 2 === 0) {
			out.a.push(sample(a));
			out.b.push(sample(b));
		} else {
			out.b.push(sample(b));
			out.a.push(sample(a));
		}
	}
	return out;
}

/** Per-pair ratios of CPU time, `scale` applied to each (to compare per-command costs). */
const ratios = <A, B>(r: { a: Sample<A>[]; b: Sample<B>[] }, scale = 1): number[] =>
	r.a.map((x, i) => (r.b[i].cpu / x.cpu) * scale);

/**
 * A counter workload: `commands` Adds over 4 long-lived streams, 4 handlers, one consumer, a
 * snapshot every 100 events. Without snapshots every load models a replay of its whole stream;
 * the engine computes it from the stream's last fold, so the cost per command stays flat.
 */
function counterScenario(
	commands: number,
	extra: Partial<Omit<ScenarioInput, 'format'>> = {}
): Scenario {
	const perStream = commands / 4;
	return scenarioOf({
		ticks: perStream + 50,
		domain: 'counter',
		options: { handlers: 4, snapshotEvery: 100 },
		commands: [1, 2, 3, 4].map((n) => ({
			at: 1,
			every: 1,
			repeat: perStream,
			stream: `counter-${n}`,
			type: 'Add',
			data: { amount: 5 }
		})),
		...extra
	});
}

/** One line per side: commands, CPU time median (range), wall time median, commands per CPU second. */
function printSide(label: string, samples: Sample<Run>[]): void {
	const n = samples[0].result.final.counts.commands;
	const cpu = samples.map((x) => x.cpu);
	console.log(
		`  ${label.padEnd(56)} ${n.toString().padStart(7)} commands  CPU ${spread(cpu).padStart(17)} ms  wall ${median(
			samples.map((x) => x.wall)
		)
			.toFixed(0)
			.padStart(6)} ms  ${Math.round((n / median(cpu)) * 1000)
			.toString()
			.padStart(7)} commands/CPU s`
	);
}

/** Simulates two scenarios in turns and prints both, and how time grows from `a` to `b`. */
function growth(title: string, a: [string, Scenario], b: [string, Scenario], goal: string): void {
	console.log(title);
	const r = interleave(
		() => simulate(a[1], { checkpointEvery: 0 }),
		() => simulate(b[1], { checkpointEvery: 0 })
	);
	printSide(a[0], r.a);
	printSide(b[0], r.b);
	const na = r.a[0].result.final.counts.commands;
	const nb = r.b[0].result.final.counts.commands;
	console.log(
		`  ratio: CPU time of ${b[0].split(':')[0]} / CPU time of ${a[0].split(':')[0]}, per pair: ${spread(ratios(r), 2)} (${goal})`
	);
	console.log(
		`  ratio: CPU time per command, ${nb.toLocaleString('en-US')} / ${na.toLocaleString('en-US')} commands: ${spread(ratios(r, na / nb), 2)} (1.00 = linear)\n`
	);
}

console.log(
	`EventScope benchmark (Node ${process.version}; ${pairs} interleaved pairs per comparison; median (min-max))\n`
);

growth(
	'Counter, snapshot every 100: ten times the commands',
	['10k: counter, 10,000 commands (snapshot every 100)', counterScenario(10_000)],
	['100k: counter, 100,000 commands (snapshot every 100)', counterScenario(100_000)],
	'10 = linear'
);

const noSnap = (n: number) => counterScenario(n, { options: { handlers: 4, snapshotEvery: 0 } });
growth(
	"Counter, no snapshots: twice the commands (a load's modelled full replay is not paid in CPU)",
	['10k: counter, 10,000 commands, no snapshots', noSnap(10_000)],
	['20k: counter, 20,000 commands, no snapshots', noSnap(20_000)],
	'2 = linear'
);

// The issue-18 run: one command per tick on one stream, no snapshots. Each load models a replay
// of the whole stream (eventsReplayed grows as n²/2) but computes it from the last fold, so the
// time grows linearly: 10 times the ticks should take about 10 times as long.
const oneStream = (ticks: number) =>
	scenarioOf({
		ticks,
		commands: [{ at: 1, repeat: ticks, stream: 'counter-1', type: 'Add', data: { amount: 1 } }]
	});
growth(
	'One stream, a command per tick, no snapshots: ten times the ticks',
	['20k: counter, 20,000 ticks, a command per tick on one stream', oneStream(20_000)],
	['200k: counter, 200,000 ticks, a command per tick on one stream', oneStream(200_000)],
	'goal: at most 12; 10 = linear'
);

const faulty = counterScenario(10_000, {
	options: { handlers: 4, snapshotEvery: 100, publishCrash: 0.01 },
	network: { drop: 0.05, duplicate: 0.05, delayMin: 1, delayMax: 8 },
	consumers: [
		{ id: 'totals', readModel: 'counter-values', idempotency: 'none' },
		{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id', instances: 3 },
		{ id: 'gated', readModel: 'counter-values', idempotency: 'version-next' }
	],
	faults: [
		{ at: 500, kind: 'crash', target: 'totals', duration: 50 },
		{ at: 900, kind: 'crash', target: 'relay', duration: 30 },
		{ at: 1200, kind: 'partition', target: 'deduped#2', duration: 80 }
	]
});
console.log('Faults and a lossy network');
simulate(faulty, { checkpointEvery: 0 });
printSide(
	'counter, 10,000 commands, 3 consumers, lossy network, faults',
	Array.from({ length: pairs }, () => sample(() => simulate(faulty, { checkpointEvery: 0 })))
);

// Replay: a 1,000,000-event stream through the engine's load path vs a plain for-loop fold.
const n = 1_000_000;
const events: StoredEvent[] = Array.from({ length: n }, (_, i) =>
	Object.freeze({
		globalPosition: i + 1,
		streamId: 'counter-1',
		version: i + 1,
		eventId: `ev-${i + 1}`,
		type: 'Added',
		data: Object.freeze({ amount: 5 }),
		tick: i,
		commandId: 'c1'
	})
);
const logs: Logs = {
	events,
	byStream: new Map([['counter-1', events]]),
	byStore: [],
	snapshots: [],
	partitions: [],
	trace: [],
	commandEnds: []
};
const decider = domains.counter.decider({ eventStyle: 'delta' });
/** Folds per timed sample: one fold takes a few ms, too short to time alone. */
const folds = 5;
const replay = interleave(
	() => {
		let s = decider.initialState;
		for (let k = 0; k < folds; k++)
			s = foldStream(logs, 'counter-1', 0, n, decider.initialState, decider.evolve);
		return s;
	},
	() => {
		let s = decider.initialState;
		for (let k = 0; k < folds; k++) {
			s = decider.initialState;
			for (let i = 0; i < events.length; i++) s = decider.evolve(s, events[i]);
		}
		return s;
	}
);
console.log(`\nReplay of a 1,000,000-event stream (${folds} folds per run)`);
console.log(
	`  engine load path (foldStream)  CPU ${spread(
		replay.a.map((x) => x.cpu),
		1
	).padStart(20)} ms   value ${JSON.stringify(replay.a[0].result)}`
);
console.log(
	`  plain for-loop fold            CPU ${spread(
		replay.b.map((x) => x.cpu),
		1
	).padStart(20)} ms   value ${JSON.stringify(replay.b[0].result)}`
);
console.log(
	`  ratio: CPU time of the engine / CPU time of the plain loop, per pair: ${spread(
		replay.a.map((x, i) => x.cpu / replay.b[i].cpu),
		2
	)} (goal: within 2x)`
);
