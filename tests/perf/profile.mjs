// CPU profile of /sim while playing with ~500 copies in flight: top functions by self time.
import { launch, openSandbox } from './sandbox.mjs';
import { readFileSync } from 'node:fs';
const base = process.argv[2] ?? 'http://127.0.0.1:4191';
const seekOnly = process.argv[3] === 'seek';
const scenario = readFileSync(
	new URL(process.argv[4] ?? './many-in-flight.json', import.meta.url),
	'utf8'
);
const ticks = JSON.parse(scenario).ticks;
const browser = await launch();
const { page, context } = await openSandbox(browser, base, scenario);
await page.getByRole('slider', { name: 'Time' }).fill('150');
await page.getByRole('slider', { name: 'Speed' }).fill('0');
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
if (seekOnly) {
	for (let i = 0; i < 15; i++)
		await page
			.getByRole('slider', { name: 'Time' })
			.fill(String(Math.floor((((i * 7919) % 997) / 997) * ticks)));
} else {
	await page.getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(4000);
}
const { profile } = await cdp.send('Profiler.stop');
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
	const cf = nodes.get(id).callFrame;
	const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
	self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
	console.log((v / 1000).toFixed(0).padStart(6), k);
await browser.close();
