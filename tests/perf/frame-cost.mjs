// The main thread's time per scrubbing frame (a far seek in every animation frame), from a
// Chromium trace, split into its phases: script (the seek, Svelte's updates), style, layout,
// pre-paint, paint, layerize, commit. With two builds it compares them in many short rounds in
// the order A B B A A B ..., so that this machine's minute-to-minute swings (often 10-20%) fall
// on both alike; the ratio it prints is good to a few percent (an A/A run gives 0.97-1.03).
// Usage: node tests/perf/frame-cost.mjs <baseUrl[,baseUrl2]> [column: "Event store" (default),
//        "Settings" or another panel tab] [rounds, default 12] [scenario.json]
import { launch, openSandbox, showColumn } from './sandbox.mjs';
import { readFileSync } from 'node:fs';

const bases = (process.argv[2] ?? 'http://127.0.0.1:4196').split(',');
const column = process.argv[3] ?? 'Event store';
const rounds = Number(process.argv[4] ?? 12);
const file = process.argv[5] ?? new URL('./long-run-few-streams.json', import.meta.url);
const scenario = JSON.parse(readFileSync(file, 'utf8'));
const framesPerRound = 30;
const phases = [
	['script', 'FireAnimationFrame'],
	['style', 'UpdateLayoutTree'],
	['layout', 'Layout'],
	['pre-paint', 'PrePaint'],
	['paint', 'Paint'],
	['layerize', 'Layerize'],
	['commit', 'Commit']
];

const browser = await launch();
const pages = [];
for (const base of bases) {
	const { page } = await openSandbox(browser, base, JSON.stringify(scenario));
	await showColumn(page, column);
	// The first seek of a run builds its per-run indexes once: not part of scrubbing.
	await page.getByRole('slider', { name: 'Time' }).fill(String(Math.floor(scenario.ticks / 2)));
	await page.waitForTimeout(400);
	pages.push(page);
}

/** Far seeks, one per frame, from the round's own stretch of a fixed pseudo-random sequence. */
const drag = (page, round) =>
	page.evaluate(
		([round, frames, ticks]) =>
			new Promise((done) => {
				const slider = document.querySelector('input[type=range][aria-label]');
				let i = 0;
				requestAnimationFrame(function frame() {
					if (i === frames) return done();
					const k = round * frames + i++;
					slider.value = String(Math.floor((((k * 7919) % 997) / 997) * ticks));
					slider.dispatchEvent(new Event('input', { bubbles: true }));
					requestAnimationFrame(frame);
				});
			}),
		[round, framesPerRound, scenario.ticks]
	);

const sums = bases.map(() => ({
	frames: 0,
	total: 0,
	...Object.fromEntries(phases.map(([n]) => [n, 0]))
}));
for (let round = 0; round < rounds; round++)
	for (const k of round % 2 ? [...pages.keys()].reverse() : pages.keys()) {
		const page = pages[k];
		const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc'];
		await browser.startTracing(page, { categories });
		await drag(page, round);
		const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
		const frames = events.filter((e) => e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame');
		const main = frames[0].tid;
		const sum = sums[k];
		sum.frames += frames.length;
		sum.total += frames.reduce((a, e) => a + e.dur, 0);
		for (const e of events)
			for (const [name, event] of phases)
				if (e.ph === 'X' && e.tid === main && e.name === event) sum[name] += e.dur;
		await page.waitForTimeout(100);
	}

const ms = (us, frames) => (us / frames / 1000).toFixed(2);
console.log(`${scenario.title}, ${column}: main-thread time per frame, a far seek in every frame`);
for (const [k, s] of sums.entries())
	console.log(
		`  ${bases[k]}: ${ms(s.total, s.frames)} ms (` +
			phases.map(([n]) => `${n} ${ms(s[n], s.frames)}`).join(', ') +
			`; ${s.frames} frames)`
	);
if (sums.length === 2) {
	const [a, b] = sums.map((s) => s.total / s.frames);
	console.log(`  second / first: ${(b / a).toFixed(3)}`);
}
await browser.close();
