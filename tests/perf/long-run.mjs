// A long run in the page: how long /sim takes to show it, and how much JS heap it keeps.
// Usage: node tests/perf/long-run.mjs <baseUrl>[,<baseUrl2>] [scenario.json] [turns]
// Opens /sim on the scenario (default tests/perf/long-run.json) in a fresh context, and measures
// - "appears": from the navigation's start to the moment the picture is no longer busy (the
//   whole run is simulated and shown), from the page's own clock (performance.now() is 0 at the
//   navigation's start);
// - "heap": the JS heap in use after a forced garbage collection (Chrome DevTools Protocol), with
//   the run on screen.
// Two base URLs (two builds served side by side) are measured in turns, A B B A ..., so that a
// noisy machine affects them alike; it prints medians and the range of each.
import { readFileSync } from 'node:fs';
import { launch } from './sandbox.mjs';

const bases = (process.argv[2] ?? 'http://127.0.0.1:4196').split(',');
const file = process.argv[3] ?? new URL('./long-run.json', import.meta.url);
const turns = Number(process.argv[4] ?? 4);
const scenario = readFileSync(file, 'utf8');

async function measure(browser, base) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	await context.addInitScript(
		(json) => {
			if (location.pathname.endsWith('/sim')) localStorage.setItem('eventscope.sandbox.v1', json);
		},
		JSON.stringify(JSON.parse(scenario))
	);
	const page = await context.newPage();
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	await page.goto(`${base}/sim`);
	// Polled every animation frame, from the page's own clock.
	const appears = await page.evaluate(
		() =>
			new Promise((done) => {
				const poll = () => {
					const busy = document.querySelector('.picture[aria-busy="true"]');
					if (document.querySelector('[data-hydrated]') && !busy) done(performance.now());
					else requestAnimationFrame(poll);
				};
				poll();
			})
	);
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await context.close();
	return { appears, heap: usedSize / 1048576 };
}

const browser = await launch();
const results = bases.map(() => ({ appears: [], heap: [] }));
for (let turn = 0; turn < turns; turn++) {
	const order = bases.map((_, i) => i);
	if (turn % 2) order.reverse();
	for (const i of order) {
		const r = await measure(browser, bases[i]);
		results[i].appears.push(r.appears);
		results[i].heap.push(r.heap);
	}
}
await browser.close();

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs, digits) =>
	`${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;
bases.forEach((base, i) => {
	const { appears, heap } = results[i];
	console.log(
		`${base}: appears ${median(appears).toFixed(0)} ms (${range(appears, 0)}), ` +
			`heap ${median(heap).toFixed(1)} MB (${range(heap, 1)}), ${appears.length} loads`
	);
});
