// Seeking in the sandbox, frame by frame: is the world at a new tick on screen by the next frame?
// Usage: node tests/perf/seek.mjs <baseUrl> [scenario.json] [Settings|<panel tab name>]
// In a requestAnimationFrame callback it moves the "Time" slider, then records
// - work: input handling, Svelte's update and a forced style + layout (the script's share);
// - frame: from the input to the start of the next requestAnimationFrame callback (after the
//   rendering of the frame that shows the new tick). Within one frame means under ~16.7 ms.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4196';
const file = process.argv[3] ?? new URL('./long-run.json', import.meta.url);
const column = process.argv[4] ?? 'Settings';
const scenario = JSON.parse(readFileSync(file, 'utf8'));
const quantile = (xs, q) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const summary = (xs) =>
	`p50 ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
await context.addInitScript(
	(json) => localStorage.setItem('eventscope.sandbox.v1', json),
	JSON.stringify(scenario)
);
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${base}/sim`);
await page.locator('[data-hydrated]').waitFor();
if (column === 'Settings')
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
else await page.getByRole('tab', { name: column }).click();
await page.waitForTimeout(300);

const ticks = Array.from({ length: 60 }, (_, i) =>
	Math.floor((((i * 7919) % 997) / 997) * scenario.ticks)
);
const { work, frame, idle } = await page.evaluate(async (ticks) => {
	const slider = document.querySelector('input[type=range][aria-label]');
	const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
	const work = [];
	const frame = [];
	const idle = [];
	for (let i = 0; i < 10; i++) {
		const a = await nextFrame();
		idle.push((await nextFrame()) - a);
	}
	for (const t of ticks) {
		await nextFrame();
		const measured = new Promise((done) =>
			requestAnimationFrame(() => {
				const start = performance.now();
				slider.value = String(t);
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				// Svelte flushes in a microtask queued by the input; this one runs after it.
				queueMicrotask(() =>
					queueMicrotask(() => {
						document.body.getBoundingClientRect();
						work.push(performance.now() - start);
						requestAnimationFrame(() => done(performance.now() - start));
					})
				);
			})
		);
		frame.push(await measured);
	}
	return { work, frame, idle };
}, ticks);
console.log(`${scenario.title}, ${column} shown, ${ticks.length} seeks`);
console.log(`  idle frame interval: ${summary(idle)}`);
console.log(`  work (script + style + layout): ${summary(work)}`);
console.log(`  input to next frame: ${summary(frame)}`);
const interval = quantile(idle, 0.5);
const onTime = frame.filter((f) => f <= interval * 1.1).length;
console.log(`  seeks shown by the next frame: ${onTime} of ${frame.length}`);
await browser.close();
