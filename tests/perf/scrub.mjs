// Scrubbing the sandbox: a seek in every animation frame, as when a learner drags the "Time" slider
// across a long run. If every seek fits in one frame, the page keeps drawing at the display's rate
// (60 fps: a frame every 16.7 ms) and each frame shows the tick under the pointer.
// Usage: node tests/perf/scrub.mjs <baseUrl[,baseUrl2]> [scenario.json] [columns, comma-separated:
//        Settings, or panel tab names; default "Event store,Settings"]
// Two base URLs (two builds served side by side) are measured in turns, drag by drag, so that a
// noisy machine affects both alike: the way to compare a change with what came before.
// Two kinds of drags, each ~240 frames per column, the columns taking turns over three rounds:
// - sweep: across the whole track in 4 s (about 40 ticks a frame on a 10,000-tick run);
// - jumps: a far tick every frame (the worst case: nothing of the last frame can be reused).
// Prints, per column and drag, the frame intervals (p50, p95) and the share of frames on time
// (within 1.1 frame intervals), and the idle page's baseline on this machine.
import { launch, openSandbox, quantile, showColumn } from './sandbox.mjs';
import { readFileSync } from 'node:fs';

const bases = (process.argv[2] ?? 'http://127.0.0.1:4196').split(',');
const file = process.argv[3] ?? new URL('./long-run-few-streams.json', import.meta.url);
const columns = (process.argv[4] ?? 'Event store,Settings').split(',');
const rounds = 3;
const framesPerDrag = 80;
const scenario = JSON.parse(readFileSync(file, 'utf8'));

const browser = await launch();
async function open(base) {
	const { page } = await openSandbox(browser, base, JSON.stringify(scenario));
	// The first seek of a run builds its per-run indexes once: not part of scrubbing.
	await page.getByRole('slider', { name: 'Time' }).fill(String(Math.floor(scenario.ticks / 2)));
	await page.waitForTimeout(500);
	return page;
}
const pages = [];
for (const base of bases) pages.push(await open(base));

/** Seeks to ticks[i] in the i-th animation frame; returns the intervals between frames. */
function drag(page, ticks) {
	return page.evaluate(
		(ticks) =>
			new Promise((done) => {
				const slider = document.querySelector('input[type=range][aria-label]');
				const intervals = [];
				let i = 0;
				let last = 0;
				requestAnimationFrame(function frame(now) {
					if (last) intervals.push(now - last);
					last = now;
					if (i === ticks.length) return done(intervals);
					slider.value = String(ticks[i++]);
					slider.dispatchEvent(new Event('input', { bubbles: true }));
					requestAnimationFrame(frame);
				});
			}),
		ticks
	);
}

const idle = (page) =>
	page.evaluate(
		() =>
			new Promise((done) => {
				const intervals = [];
				let last = 0;
				requestAnimationFrame(function frame(now) {
					if (last) intervals.push(now - last);
					last = now;
					if (intervals.length < 60) requestAnimationFrame(frame);
					else done(intervals);
				});
			})
	);

const n = scenario.ticks;
const drags = {
	sweep: (round) =>
		Array.from({ length: framesPerDrag }, (_, i) => {
			const x = Math.round((i / (framesPerDrag - 1)) * n * 0.33);
			return round % 2 ? n - x - round : x + round;
		}),
	jumps: (round) =>
		Array.from({ length: framesPerDrag }, (_, i) =>
			Math.floor(((((i + framesPerDrag * round) * 7919) % 997) / 997) * n)
		)
};
const results = {};
const baseline = [];
for (let round = 0; round < rounds; round++)
	for (const column of columns) {
		for (const page of pages) await showColumn(page, column);
		for (const [kind, ticks] of Object.entries(drags))
			for (const [b, page] of pages.entries()) {
				await page.waitForTimeout(200);
				const key = `${bases.length > 1 ? `${bases[b]}: ` : ''}${column}, ${kind}`;
				(results[key] ??= []).push(...(await drag(page, ticks(round))));
			}
		baseline.push(...(await idle(pages[0])));
	}
const line = (xs) => {
	const onTime = xs.filter((x) => x <= 16.7 * 1.1).length;
	return (
		`frame p50 ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms; ` +
		`${((1000 * xs.length) / xs.reduce((a, b) => a + b, 0)).toFixed(0)} fps; ` +
		`on time ${onTime} of ${xs.length} (${((100 * onTime) / xs.length).toFixed(0)}%)`
	);
};
console.log(`${scenario.title}: a seek in every frame`);
for (const [key, xs] of Object.entries(results)) console.log(`  ${key}: ${line(xs)}`);
console.log(`  idle page (baseline): ${line(baseline)}`);
await browser.close();
