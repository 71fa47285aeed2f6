// Frame times of /sim while playing with ~500 message copies in flight.
// Usage: node tests/perf/frames.mjs <baseUrl of a served build>   (e.g. vite preview --port 4191)
// Prints p50/p95/max of requestAnimationFrame intervals. Seeks are seek.mjs's (it takes this
// scenario too: node tests/perf/seek.mjs <baseUrl> tests/perf/many-in-flight.json).
import { launch, openSandbox, quantile, showColumn } from './sandbox.mjs';
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4191';
const manyInFlight = readFileSync(new URL('./many-in-flight.json', import.meta.url), 'utf8');
const summary = (xs) =>
	`n=${xs.length} p50=${quantile(xs, 0.5).toFixed(1)}ms p95=${quantile(xs, 0.95).toFixed(1)}ms max=${Math.max(...xs).toFixed(1)}ms`;

const browser = await launch();
const open = (scenarioJson) => openSandbox(browser, base, scenarioJson);

/** rAF intervals over `ms` of wall-clock time. */
async function frameTimes(page, ms) {
	return page.evaluate(
		(ms) =>
			new Promise((done) => {
				const times = [];
				let last = performance.now();
				const end = last + ms;
				requestAnimationFrame(function loop(now) {
					times.push(now - last);
					last = now;
					if (now < end) requestAnimationFrame(loop);
					else done(times.slice(1));
				});
			}),
		ms
	);
}

// 1. Playing with ~500 copies in flight.
{
	const { page, context } = await open(manyInFlight);
	const time = page.getByRole('slider', { name: 'Time' });
	await time.fill('150');
	await page.waitForTimeout(500);
	// The broker's copies in flight, per consumer group, from the publishing panel (the broker's
	// box in the picture says the total too, but painted on a canvas).
	await showColumn(page, 'Snapshots & publishing');
	const perGroup = await page.getByText(/^\d+ in flight$/).allTextContents();
	const copies = perGroup.reduce((sum, text) => sum + parseInt(text, 10), 0);
	await showColumn(page, 'Event store');
	for (const speed of ['0', '2']) {
		// Speed slider: log2 of ticks per second (0 → 1 tick/s, 2 → 4 ticks/s).
		await page.getByRole('slider', { name: 'Speed' }).fill(speed);
		await time.fill('150');
		await page.getByRole('button', { name: 'Play' }).click();
		await page.waitForTimeout(300);
		const times = await frameTimes(page, 5000);
		await page.getByRole('button', { name: 'Pause' }).click();
		console.log(
			`playing at ${2 ** Number(speed)} ticks/s with ${copies} copies in flight: ${summary(times)}`
		);
	}
	// Idle, for the machine's baseline.
	console.log(`paused (baseline): ${summary(await frameTimes(page, 2000))}`);
	await context.close();
}

// 1b. Control: the counter example (a handful of copies), at 4 ticks/s.
{
	const counter = JSON.stringify({
		format: 'eventscope/1',
		title: 'control',
		seed: 7,
		ticks: 120,
		domain: 'counter',
		options: { delivery: 'at-least-once', ackTimeout: 4 },
		network: { duplicate: 0.1, delayMin: 1, delayMax: 6 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 5, every: 5, repeat: 20, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	});
	const { page, context } = await open(counter);
	await page.getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(300);
	console.log(
		`control, counter example at 4 ticks/s (~10 copies): ${summary(await frameTimes(page, 5000))}`
	);
	await context.close();
}

await browser.close();
