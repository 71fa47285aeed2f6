// Seeking in the sandbox, frame by frame: is the world at a new tick on screen by the next frame?
// Usage: node tests/perf/seek.mjs <baseUrl> [scenario.json] [columns, comma-separated: Settings,
//        or panel tab names; default "Event store,Settings"]
// In a requestAnimationFrame callback it moves the "Time" slider to a far tick, then records
// - work: input handling, Svelte's update and a forced style + layout (the script's share);
// - frame: from the input to the next requestAnimationFrame callback, which comes after the frame
//   that shows the new tick is rendered. Within one frame means about one frame interval.
// The columns take turns over several rounds, so that a noisy machine affects them alike.
import { launch, openSandbox, quantile, showColumn } from './sandbox.mjs';
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4196';
const file = process.argv[3] ?? new URL('./long-run.json', import.meta.url);
const columns = (process.argv[4] ?? 'Event store,Settings').split(',');
const rounds = 3;
const scenario = JSON.parse(readFileSync(file, 'utf8'));
const summary = (xs) =>
	`p50 ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;

const browser = await launch();
const { page } = await openSandbox(browser, base, JSON.stringify(scenario));

async function seeks(ticks) {
	return page.evaluate(async (ticks) => {
		const slider = document.querySelector('input[type=range][aria-label]');
		const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
		const work = [];
		const frame = [];
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
		return { work, frame };
	}, ticks);
}

const results = Object.fromEntries(columns.map((c) => [c, { work: [], frame: [] }]));
for (let round = 0; round < rounds; round++)
	for (const column of columns) {
		await showColumn(page, column);
		await page.waitForTimeout(200);
		const ticks = Array.from({ length: 30 }, (_, i) =>
			Math.floor(((((i + 30 * round) * 7919) % 997) / 997) * scenario.ticks)
		);
		const { work, frame } = await seeks(ticks);
		results[column].work.push(...work);
		results[column].frame.push(...frame);
	}
console.log(`${scenario.title}: ${rounds * 30} seeks per column to far ticks`);
for (const [column, { work, frame }] of Object.entries(results)) {
	const onTime = frame.filter((f) => f <= 16.7 * 1.1).length;
	console.log(
		`  ${column}: work ${summary(work)}; input to next frame ${summary(frame)}; ` +
			`shown by the next frame: ${onTime} of ${frame.length}`
	);
}
await browser.close();
