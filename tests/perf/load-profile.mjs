// CPU profile of /sim loading a long run: where the time to "appears" goes, by function (self and
// total time) and by phase. Usage: node tests/perf/load-profile.mjs <base> [scenario.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { launch, sandboxContext, untilAppears } from './sandbox.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4180';
const scenario = readFileSync(
	process.argv[3] ?? new URL('./long-run.json', import.meta.url),
	'utf8'
);
const browser = await launch();
const context = await sandboxContext(browser, JSON.stringify(JSON.parse(scenario)));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.goto(`${base}/sim`);
const appears = await untilAppears(page, JSON.parse(scenario).ticks);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) =>
	`${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
const self = new Map();
const total = new Map();
profile.samples.forEach((id, i) => {
	const dt = profile.timeDeltas[i] ?? 0;
	const k = name(nodes.get(id));
	self.set(k, (self.get(k) ?? 0) + dt);
	const seen = new Set();
	for (let x = id; x !== undefined; x = parent.get(x)) {
		const kk = name(nodes.get(x));
		if (!seen.has(kk)) total.set(kk, (total.get(kk) ?? 0) + dt);
		seen.add(kk);
	}
});
const ms = (us) => (us / 1000).toFixed(0).padStart(6);
console.log(`appears ${appears.toFixed(0)} ms`);
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms(v), k);
console.log('--- total');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms(v), k);
