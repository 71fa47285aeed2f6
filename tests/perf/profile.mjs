// CPU profile of /sim while playing with ~500 copies in flight: top functions by self time.
// Usage: node tests/perf/profile.mjs <base> [play|seek|drag] [scenario.json] [column]
// - play: plays for 4 s; seek: 15 far seeks by the slider's value; drag: a real mouse drag on
//   the slider (far moves, one every 16 ms), with `column` (Settings or a panel tab) shown.
import { launch, openSandbox, showColumn } from './sandbox.mjs';
import { readFileSync } from 'node:fs';
const base = process.argv[2] ?? 'http://127.0.0.1:4191';
const mode = process.argv[3] ?? 'play';
const scenario = readFileSync(
	new URL(process.argv[4] ?? './many-in-flight.json', import.meta.url),
	'utf8'
);
const ticks = JSON.parse(scenario).ticks;
const browser = await launch();
const { page, context } = await openSandbox(browser, base, scenario);
if (process.argv[5]) await showColumn(page, process.argv[5]);
await page.getByRole('slider', { name: 'Time' }).fill('150');
await page.getByRole('slider', { name: 'Speed' }).fill('0');
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
if (mode === 'drag') {
	const box = await page.getByRole('slider', { name: 'Time' }).boundingBox();
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + 8 + (150 / ticks) * (box.width - 16), y);
	await page.mouse.down();
	for (let i = 1; i <= 120; i++) {
		await page.mouse.move(box.x + 8 + (((i * 37) % 120) / 120) * (box.width - 16), y);
		await page.waitForTimeout(16);
	}
	await page.mouse.up();
} else if (mode === 'seek') {
	for (let i = 0; i < 15; i++)
		await page
			.getByRole('slider', { name: 'Time' })
			.fill(String(Math.floor((((i * 7919) % 997) / 997) * ticks)));
} else {
	await page.getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(4000);
}
const { profile } = await cdp.send('Profiler.stop');
if (process.env.PROFILE_OUT)
	(await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
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
