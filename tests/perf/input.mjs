// From a real input to the screen: key presses and mouse drags on the sandbox's time slider,
// measured by Chromium itself, not by the page's own clocks.
// Usage: node tests/perf/input.mjs <baseUrl[,baseUrl2]> [scenario.json] [columns, comma-separated:
//        Settings, or panel tab names; default "Event store,Settings"] [rounds, default 3]
//
// The input is Playwright's keyboard and mouse (CDP Input.dispatch*Event: the browser sees it as
// it sees a user's, through its input pipeline, with a hardware timestamp). Two measures:
// - input-to-screen, from Chromium's trace: each input's `EventLatency` (from the event's
//   timestamp to the presentation of the frame that shows its effect, as Chrome's own input
//   latency metrics count it). Keys: Home, End, PageUp, PageDown (far seeks). Drags: the mouse
//   held down on the slider's thumb and moved across the track, a move every 16 ms: one move a
//   frame, as a hand scrubbing does.
// - the drag's frames, from the same trace: the share of frames presented on time (within 1.1
//   frame intervals of the one before), while the mouse moves.
// Two base URLs (two builds served side by side) are measured in turns, column by column and
// round by round, so a noisy machine affects them alike.
import { readFileSync } from 'node:fs';
import { launch, openSandbox, quantile, showColumn } from './sandbox.mjs';

const bases = (process.argv[2] ?? 'http://127.0.0.1:4196').split(',');
const file = process.argv[3] ?? new URL('./long-run.json', import.meta.url);
const columns = (process.argv[4] ?? 'Event store,Settings').split(',');
const rounds = Number(process.argv[5] ?? 3);
const scenario = JSON.parse(readFileSync(file, 'utf8'));
const keys = ['End', 'Home', 'PageDown', 'End', 'PageUp', 'Home', 'End', 'PageUp'];
const movesPerDrag = 60;

const browser = await launch();
const sessions = [];
for (const base of bases) {
	const { page, context } = await openSandbox(browser, base, JSON.stringify(scenario));
	const slider = page.getByRole('slider', { name: 'Time' });
	// The first seek of a run builds its per-run indexes once: not part of what is measured.
	await slider.fill(String(Math.floor(scenario.ticks / 2)));
	await page.waitForTimeout(500);
	sessions.push({ base, page, slider, cdp: await context.newCDPSession(page) });
}

/** Records a Chromium trace around `work`; returns its events. */
async function traced(cdp, work) {
	const events = [];
	const collect = ({ value }) => events.push(...value);
	cdp.on('Tracing.dataCollected', collect);
	await cdp.send('Tracing.start', {
		traceConfig: {
			includedCategories: [
				'input',
				'benchmark',
				'latencyInfo',
				'cc',
				'disabled-by-default-devtools.timeline.frame'
			]
		},
		transferMode: 'ReportEvents'
	});
	await work();
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.end');
	await done;
	cdp.off('Tracing.dataCollected', collect);
	return events;
}

/** Each input's EventLatency in the trace, ms, by event type (KEY_PRESSED, MOUSE_DRAGGED...). */
function latencies(events) {
	const begins = new Map();
	const out = {};
	for (const e of events) {
		if (e.name !== 'EventLatency') continue;
		const id = `${e.id ?? e.id2?.local ?? e.id2?.global}`;
		if (e.ph === 'b') begins.set(id, e);
		else if (e.ph === 'e' && begins.has(id)) {
			const b = begins.get(id);
			begins.delete(id);
			const type = b.args?.event_latency?.event_type ?? b.args?.data?.type ?? 'unknown';
			(out[type] ??= []).push((e.ts - b.ts) / 1000);
		}
	}
	return out;
}

/**
 * The page's frames while the inputs came (from the first input to the last one shown), by
 * Chromium's frame reporter: a frame is on time when it was presented whole, late or lost when
 * it was dropped (or presented in part); frames with nothing new to show are left out.
 */
function frames(events) {
	const inputs = events.filter((e) => e.name === 'EventLatency');
	if (inputs.length === 0) return { onTime: 0, late: 0 };
	const renderer = inputs[0].pid;
	const from = Math.min(...inputs.map((e) => e.ts));
	const to = Math.max(...inputs.map((e) => e.ts));
	let onTime = 0;
	let late = 0;
	for (const e of events) {
		if (e.name !== 'PipelineReporter' || e.ph !== 'b' || e.pid !== renderer) continue;
		if (e.ts < from || e.ts > to) continue;
		const state = e.args?.frame_reporter?.state;
		if (state === 'STATE_PRESENTED_ALL') onTime++;
		else if (state === 'STATE_DROPPED' || state === 'STATE_PRESENTED_PARTIAL') late++;
	}
	return { onTime, late };
}

async function pressKeys({ page, slider, cdp }) {
	await slider.focus();
	return traced(cdp, async () => {
		for (const key of keys) {
			await page.keyboard.press(key);
			// Between presses: the page settles (the panels follow a frame behind).
			await page.waitForTimeout(300);
		}
	});
}

async function dragThumb({ page, slider, cdp }) {
	const box = await slider.boundingBox();
	const y = box.y + box.height / 2;
	// The thumb is where the cursor is: press on it (a press elsewhere on the track jumps first).
	const at = await slider.evaluate((el) => Number(el.value) / Number(el.max));
	const x0 = box.x + 8 + at * (box.width - 16);
	await page.mouse.move(x0, y);
	await page.mouse.down();
	const events = await traced(cdp, async () => {
		for (let i = 1; i <= movesPerDrag; i++) {
			// Far moves: back and forth across most of the track.
			const f = ((i * 37) % movesPerDrag) / movesPerDrag;
			await page.mouse.move(box.x + 8 + f * (box.width - 16), y);
			await page.waitForTimeout(16);
		}
	});
	await page.mouse.up();
	return events;
}

const results = {};
const frameCounts = {};
const add = (key, xs) => (results[key] ??= []).push(...xs);
for (let round = 0; round < rounds; round++)
	for (const column of columns) {
		const order = round % 2 ? [...sessions].reverse() : sessions;
		for (const s of order) {
			await showColumn(s.page, column);
			await s.page.waitForTimeout(300);
			const label = `${bases.length > 1 ? `${s.base}: ` : ''}${column}`;
			// A key's seek happens on its key-down (KEY_PRESSED); a drag's on each move.
			add(`${label}, keys`, latencies(await pressKeys(s)).KEY_PRESSED ?? []);
			const drag = await dragThumb(s);
			add(`${label}, drag`, latencies(drag).MOUSE_DRAGGED ?? []);
			const f = frames(drag);
			const sum = (frameCounts[label] ??= { onTime: 0, late: 0 });
			sum.onTime += f.onTime;
			sum.late += f.late;
		}
	}
await browser.close();

const ms = (x) => x.toFixed(1);
console.log(`${scenario.title}: from a real input to the screen (Chromium's EventLatency)`);
for (const [key, xs] of Object.entries(results))
	console.log(
		`  ${key}: p50 ${ms(quantile(xs, 0.5))} ms, p95 ${ms(quantile(xs, 0.95))} ms (${xs.length} inputs)`
	);
for (const [key, { onTime, late }] of Object.entries(frameCounts))
	console.log(
		`  ${key}, drag frames: ${onTime} of ${onTime + late} presented on time ` +
			`(${((100 * onTime) / Math.max(1, onTime + late)).toFixed(0)}%)`
	);
