// A long run in the page: how long /sim takes to show it, and how much JS heap it keeps.
// Usage: node tests/perf/long-run.mjs <baseUrl>[,<baseUrl2>] [scenario.json] [turns]
// Opens /sim on the scenario (default tests/perf/long-run.json) in a fresh context, and measures
// - "appears": from the navigation's start to the moment the picture is no longer busy (the
//   whole run is simulated and shown), from the page's own clock (performance.now() is 0 at the
//   navigation's start);
// - "heap": the JS heap in use after a forced garbage collection (Chrome DevTools Protocol), with
//   the run on screen;
// - "main-thread CPU": the CPU time of the page's main thread from the navigation to the moment it
//   appears (the thread time of its tasks in a Chromium trace): what the load costs the page,
//   much less sensitive than "appears" to the other processes of a shared machine.
// Two base URLs (two builds served side by side) are measured in turns, A B B A ..., so that a
// noisy machine affects them alike; it prints medians and the range of each.
import { readFileSync } from 'node:fs';
import { launch, sandboxContext, untilAppears } from './sandbox.mjs';

const bases = (process.argv[2] ?? 'http://127.0.0.1:4196').split(',');
const file = process.argv[3] ?? new URL('./long-run.json', import.meta.url);
const turns = Number(process.argv[4] ?? 4);
const scenario = readFileSync(file, 'utf8');

/** Thread time (ms) of the tasks on renderer main threads in a trace. */
function mainThreadCpu(events) {
	const main = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	let us = 0;
	for (const e of events)
		if (e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`))
			us += e.tdur ?? 0;
	return us / 1000;
}

async function measure(browser, base) {
	const context = await sandboxContext(browser, JSON.stringify(JSON.parse(scenario)));
	const page = await context.newPage();
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	const cdp = await context.newCDPSession(page);
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	await cdp.send('Tracing.start', {
		traceConfig: { includedCategories: ['toplevel', '__metadata'] },
		transferMode: 'ReportEvents'
	});
	await page.goto(`${base}/sim`);
	const appears = await untilAppears(page, JSON.parse(scenario).ticks);
	const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.end');
	await traced;
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await context.close();
	return { appears, heap: usedSize / 1048576, cpu: mainThreadCpu(events) };
}

const browser = await launch();
const results = bases.map(() => ({ appears: [], heap: [], cpu: [] }));
for (let turn = 0; turn < turns; turn++) {
	const order = bases.map((_, i) => i);
	if (turn % 2) order.reverse();
	for (const i of order) {
		const r = await measure(browser, bases[i]);
		results[i].appears.push(r.appears);
		results[i].heap.push(r.heap);
		results[i].cpu.push(r.cpu);
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
	const { appears, heap, cpu } = results[i];
	console.log(
		`${base}: appears ${median(appears).toFixed(0)} ms (${range(appears, 0)}), ` +
			`main-thread CPU ${median(cpu).toFixed(0)} ms (${range(cpu, 0)}), ` +
			`heap ${median(heap).toFixed(1)} MB (${range(heap, 1)}), ${appears.length} loads`
	);
});
