// The engine side of the sandbox's performance: how long a scenario takes to simulate, how many
// copies are in flight at most, how big a world is, and what seeking (worldAt) costs.
// Usage: npx tsx tests/perf/engine.ts tests/perf/long-run.json
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/lib/engine/scenario/schema';
import { simulate, worldAt } from '../../src/lib/engine/simulation';

const parsed = parseScenario(JSON.parse(readFileSync(process.argv[2], 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const ticks = parsed.scenario.ticks;

let start = performance.now();
const run = simulate(parsed.scenario);
console.log(`simulate: ${(performance.now() - start).toFixed(0)} ms, ${ticks} ticks`);

let most = 0;
for (let t = 0; t <= ticks; t += Math.max(1, Math.floor(ticks / 200)))
	most = Math.max(most, worldAt(run, t).inFlight.length);
console.log(`copies in flight: at most ${most}`);
console.log(
	`world at the last tick: ${(JSON.stringify(run.final).length / 1024).toFixed(0)} KB of JSON`
);

const seeks: number[] = [];
for (let i = 0; i < 60; i++) {
	const t = Math.floor((((i * 7919) % 997) / 997) * ticks);
	start = performance.now();
	worldAt(run, t);
	seeks.push(performance.now() - start);
}
seeks.sort((a, b) => a - b);
const q = (p: number) => seeks[Math.min(seeks.length - 1, Math.floor(p * seeks.length))].toFixed(1);
console.log(`worldAt at random ticks: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms`);
