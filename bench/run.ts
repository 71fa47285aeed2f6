/**
 * `npm run bench`: how fast the engine simulates, and what the load path costs against a plain
 * fold. A benchmark, not a test: it prints figures (best of several runs, to damp the noise of a
 * shared machine) and ratios measured in the same run.
 */
import { domains } from '../src/lib/engine/domains';
import { foldStream } from '../src/lib/engine/eventStore/eventStore';
import type { StoredEvent } from '../src/lib/engine/eventStore/types';
import { parseScenario, type ScenarioInput } from '../src/lib/engine/scenario/schema';
import type { Scenario } from '../src/lib/engine/scenario/types';
import { simulate } from '../src/lib/engine/simulation';
import type { Logs } from '../src/lib/engine/simulation/world';

function scenarioOf(input: Omit<ScenarioInput, 'format'>): Scenario {
	const parsed = parseScenario({ format: 'eventscope/2', ...input });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.scenario;
}

function bestOf<T>(runs: number, fn: () => T): { ms: number; result: T } {
	let best = Infinity;
	let result!: T;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		result = fn();
		best = Math.min(best, performance.now() - start);
	}
	return { ms: best, result };
}

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

function commandsPerSecond(label: string, s: Scenario, runs: number): number {
	const { ms, result } = bestOf(runs, () => simulate(s, { checkpointEvery: 0 }));
	const n = result.final.counts.commands;
	const rate = (n / ms) * 1000;
	console.log(
		`${label.padEnd(58)} ${n.toString().padStart(7)} commands  ${ms.toFixed(0).padStart(6)} ms  ${Math.round(rate).toString().padStart(8)} commands/s`
	);
	return rate;
}

console.log('EventScope benchmark (best of several runs; Node ' + process.version + ')\n');

const small = commandsPerSecond(
	'counter, 10,000 commands (snapshot every 100)',
	counterScenario(10_000),
	5
);
const large = commandsPerSecond(
	'counter, 100,000 commands (snapshot every 100)',
	counterScenario(100_000),
	3
);
console.log(`  time per command, 100k vs 10k: ${(small / large).toFixed(2)}x (1.00 = linear)\n`);
const noSnap = (n: number) => counterScenario(n, { options: { handlers: 4, snapshotEvery: 0 } });
const a = commandsPerSecond('counter, 10,000 commands, no snapshots', noSnap(10_000), 3);
const b = commandsPerSecond('counter, 20,000 commands, no snapshots', noSnap(20_000), 3);
console.log(
	`  time per command, 20k vs 10k: ${(a / b).toFixed(2)}x (1.00 = linear: a load's modelled full replay is not paid in CPU)\n`
);

// The issue-18 run: one command per tick on one stream, no snapshots. Each load models a replay
// of the whole stream (eventsReplayed grows as n²/2) but computes it from the last fold, so the
// time grows linearly: 10 times the ticks should take about 10 times as long.
const oneStream = (ticks: number) =>
	scenarioOf({
		ticks,
		commands: [{ at: 1, repeat: ticks, stream: 'counter-1', type: 'Add', data: { amount: 1 } }]
	});
const oneStreamMs = (ticks: number, runs: number) => {
	const { ms, result } = bestOf(runs, () => simulate(oneStream(ticks)));
	console.log(
		`${`counter, ${ticks.toLocaleString('en-US')} ticks, a command per tick on one stream`.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms  eventsReplayed (modelled) ${result.final.loads.eventsReplayed.toLocaleString('en-US')}`
	);
	return ms;
};
const short = oneStreamMs(20_000, 3);
const long = oneStreamMs(200_000, 2);
console.log(`  time 200k vs 20k: ${(long / short).toFixed(2)}x (goal: at most 12; 10 = linear)\n`);

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
commandsPerSecond('counter, 10,000 commands, 3 consumers, lossy network, faults', faulty, 3);

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
	snapshots: [],
	partitions: [],
	trace: [],
	commandEnds: []
};
const decider = domains.counter.decider({ eventStyle: 'delta' });
const viaEngine = bestOf(7, () =>
	foldStream(logs, 'counter-1', 0, n, decider.initialState, decider.evolve)
);
const plain = bestOf(7, () => {
	let s = decider.initialState;
	for (let i = 0; i < events.length; i++) s = decider.evolve(s, events[i]);
	return s;
});
console.log('\nreplay of a 1,000,000-event stream');
console.log(
	`  engine load path (foldStream) ${viaEngine.ms.toFixed(1).padStart(8)} ms   value ${JSON.stringify(viaEngine.result)}`
);
console.log(
	`  plain for-loop fold           ${plain.ms.toFixed(1).padStart(8)} ms   value ${JSON.stringify(plain.result)}`
);
console.log(`  ratio engine / plain: ${(viaEngine.ms / plain.ms).toFixed(2)}x (goal: within 2x)`);
