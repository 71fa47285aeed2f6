// The engine side of the sandbox's performance: how long a scenario takes to simulate, how much
// heap the run keeps (its logs and checkpoints), how many copies are in flight at most, how big a
// world is, and what seeking (worldAt) costs. Times are CPU time of the process (user + system),
// less sensitive than wall time to the other processes of a shared machine.
// Usage: node --expose-gc --import tsx tests/perf/engine.ts tests/perf/long-run.json
// (without --expose-gc it leaves out the heap)
import { readFileSync } from 'node:fs';
import { parseScenario, simulate, worldAt } from '../../src/lib/engine';

const parsed = parseScenario(JSON.parse(readFileSync(process.argv[2], 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const ticks = parsed.scenario.ticks;
const gc = (globalThis as { gc?: () => void }).gc;
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let start = cpu();
const run = simulate(parsed.scenario);
console.log(
	`simulate: ${(cpu() - start).toFixed(0)} ms CPU, ${ticks} ticks, ${run.checkpoints.length} checkpoints`
);
if (gc) {
	gc();
	const kept = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
	console.log(`heap kept by the run (logs and checkpoints): ${kept.toFixed(1)} MB`);
}

let most = 0;
for (let t = 0; t <= ticks; t += Math.max(1, Math.floor(ticks / 200)))
	most = Math.max(most, worldAt(run, t).inFlight.length);
console.log(`copies in flight: at most ${most}`);
console.log(
	`world at the last tick: ${(JSON.stringify(run.final).length / 1024).toFixed(0)} KB of JSON`
);

const seeks: number[] = [];
for (let i = 0; i < 200; i++) {
	const t = Math.floor((((i * 7919) % 997) / 997) * ticks);
	start = cpu();
	worldAt(run, t);
	seeks.push(cpu() - start);
}
seeks.sort((a, b) => a - b);
const q = (p: number) => seeks[Math.min(seeks.length - 1, Math.floor(p * seeks.length))].toFixed(1);
console.log(
	`worldAt at ${seeks.length} random ticks: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms CPU (goal: p95 under 16)`
);
