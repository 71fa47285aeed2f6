// Seeking in the sandbox, frame by frame: is the world at a new tick on screen by the next frame?
// Usage: node tests/perf/seek.mjs <baseUrl> [scenario.json] [columns, comma-separated: Settings,
//        or panel tab names; default "Event store,Settings"]
// It moves the "Time" slider to far ticks, one at a time, in two ways (see seeks):
// - from an animation frame, so that all of a seek's work falls in the frame that shows it:
//   work (input handling, Svelte's update and a forced style + layout) and the time from the
//   input to the next frame. Within one frame means about one frame interval.
// - from a task between frames, as a click or a key press: the frame that shows it, and when
//   every panel shows the tick (they follow the picture a frame behind).
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

/**
 * Far seeks to `ticks`, each alone (not one step of a drag). `from`:
 * - 'frame': the input comes in an animation callback, so all of the seek's work (script, style,
 *   layout, paint) falls in the frame that shows it: the worst case for the picture. Records the
 *   script's work and the time from the input to the next callback (the frame is then done).
 * - 'task': the input comes in a task between frames, where a click or a key press lands. Records
 *   the frame that shows it (from its first callback to the next) and when every panel shows the
 *   tick, from the same first callback: the panels follow a frame behind the picture (Trailing).
 */
async function seeks(ticks, from) {
	return page.evaluate(
		async ([ticks, from]) => {
			const slider = document.querySelector('input[type=range][aria-label]');
			const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
			// Panels that follow the cursor a frame behind say so (aria-busy).
			const behind = () => document.querySelector('[role=tabpanel][aria-busy="true"]') !== null;
			const seek = (t) => {
				slider.value = String(t);
				slider.dispatchEvent(new Event('input', { bubbles: true }));
			};
			const work = [];
			const frame = [];
			const all = [];
			for (const t of ticks) {
				await new Promise((r) => setTimeout(r, 150));
				await nextFrame();
				if (from === 'frame') {
					const measured = new Promise((done) =>
						requestAnimationFrame(() => {
							const start = performance.now();
							// Asked for before the input: it runs first in the next frame.
							requestAnimationFrame(() => done(performance.now() - start));
							seek(t);
							// Svelte flushes in a microtask queued by the input; this one runs after it.
							queueMicrotask(() =>
								queueMicrotask(() => {
									document.body.getBoundingClientRect();
									work.push(performance.now() - start);
								})
							);
						})
					);
					frame.push(await measured);
					continue;
				}
				const measured = new Promise((done) =>
					// A task queued in an animation callback runs once that frame is drawn.
					requestAnimationFrame(() =>
						setTimeout(() => {
							let first = 0;
							let picture = 0;
							requestAnimationFrame(() => {
								first = performance.now();
								requestAnimationFrame(() => (picture = performance.now() - first));
							});
							seek(t);
							// Asked for after Svelte's flush (a microtask the input queued), so that in each
							// frame it runs after any callback a panel asked for. A frame whose callbacks
							// left the panels at the tick has been drawn by the next frame's callback.
							queueMicrotask(() =>
								queueMicrotask(() => {
									let waiting = true;
									requestAnimationFrame(function shown() {
										if (!waiting) return done([picture, performance.now() - first]);
										waiting = behind();
										requestAnimationFrame(shown);
									});
								})
							);
						}, 0)
					)
				);
				const [picture, panels] = await measured;
				frame.push(picture);
				all.push(panels);
			}
			return { work, frame, all };
		},
		[ticks, from]
	);
}

const results = Object.fromEntries(
	columns.map((c) => [c, { work: [], frame: [], click: [], all: [] }])
);
for (let round = 0; round < rounds; round++)
	for (const column of columns) {
		await showColumn(page, column);
		await page.waitForTimeout(200);
		const ticks = Array.from({ length: 30 }, (_, i) =>
			Math.floor(((((i + 30 * round) * 7919) % 997) / 997) * scenario.ticks)
		);
		const inFrame = await seeks(ticks, 'frame');
		const inTask = await seeks(ticks, 'task');
		const r = results[column];
		r.work.push(...inFrame.work);
		r.frame.push(...inFrame.frame);
		r.click.push(...inTask.frame);
		r.all.push(...inTask.all);
	}
console.log(`${scenario.title}: ${rounds * 30} seeks of each kind per column to far ticks`);
const within = (xs, frames) => xs.filter((f) => f <= 16.7 * (frames + 0.1)).length;
for (const [column, { work, frame, click, all }] of Object.entries(results))
	console.log(
		`  ${column}: from an animation frame: work ${summary(work)}; input to next frame ` +
			`${summary(frame)}, shown by it: ${within(frame, 1)} of ${frame.length}\n` +
			`  ${' '.repeat(column.length)}  from a click or key: its frame ${summary(click)}, on time: ` +
			`${within(click, 1)}; every panel at the tick ${summary(all)}, within two frames: ` +
			`${within(all, 2)}`
	);
await browser.close();
