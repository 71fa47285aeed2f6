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
		const all = [];
		for (const t of ticks) {
			// A lone seek (a click on the track, Home, End), not one step of a drag.
			await new Promise((r) => setTimeout(r, 150));
			await nextFrame();
			const measured = new Promise((done) =>
				requestAnimationFrame(() => {
					const start = performance.now();
					// Asked for before the input: it runs first in the next frame, before any work a
					// panel put off to that frame (see Trailing), so it marks when this frame is done.
					let picture = null;
					requestAnimationFrame(() => (picture = performance.now() - start));
					slider.value = String(t);
					slider.dispatchEvent(new Event('input', { bubbles: true }));
					// Svelte flushes in a microtask queued by the input; this one runs after it.
					queueMicrotask(() =>
						queueMicrotask(() => {
							document.body.getBoundingClientRect();
							work.push(performance.now() - start);
							// Panels that follow the cursor a frame behind say so (aria-busy): the
							// frame in which they catch up is on screen one callback later.
							const behind = () =>
								document.querySelector('[role=tabpanel][aria-busy="true"]') !== null;
							let waiting = behind();
							requestAnimationFrame(function shown() {
								if (!waiting) return done([picture, performance.now() - start]);
								waiting = behind();
								requestAnimationFrame(shown);
							});
						})
					);
				})
			);
			const [first, last] = await measured;
			frame.push(first);
			all.push(last);
		}
		return { work, frame, all };
	}, ticks);
}

const results = Object.fromEntries(columns.map((c) => [c, { work: [], frame: [], all: [] }]));
for (let round = 0; round < rounds; round++)
	for (const column of columns) {
		await showColumn(page, column);
		await page.waitForTimeout(200);
		const ticks = Array.from({ length: 30 }, (_, i) =>
			Math.floor(((((i + 30 * round) * 7919) % 997) / 997) * scenario.ticks)
		);
		const measured = await seeks(ticks);
		for (const key of ['work', 'frame', 'all']) results[column][key].push(...measured[key]);
	}
console.log(`${scenario.title}: ${rounds * 30} seeks per column to far ticks`);
const within = (xs, frames) => xs.filter((f) => f <= 16.7 * (frames + 0.1)).length;
for (const [column, { work, frame, all }] of Object.entries(results))
	console.log(
		`  ${column}: work ${summary(work)}; input to next frame ${summary(frame)}, ` +
			`shown by it: ${within(frame, 1)} of ${frame.length}; ` +
			`every panel at the tick ${summary(all)}, within two frames: ${within(all, 2)}`
	);
await browser.close();
