/**
 * The snapshot lab's worker: builds each stream, then times loads for every snapshot interval,
 * posting each cell as it is measured so the page shows progress and stays responsive. Real
 * folds in this browser, timed with `performance.now`.
 */
import { labLogs, labStream } from '$lib/engine';
import { measureCell } from './measure';
import type { MeasureRequest, WorkerReply } from './snapshotProtocol';

const post = (reply: WorkerReply): void => self.postMessage(reply);

/** Untimed loads on a mid-sized stream, so the first small cells are not measured cold. */
function warmUp(intervals: readonly number[]): void {
	const logs = labLogs(labStream(10_000));
	const quick = { runs: 3, minRunMs: 20, loadsPerRound: 32 };
	for (const interval of intervals) measureCell(logs, interval, () => performance.now(), quick);
}

self.onmessage = (message: MessageEvent<MeasureRequest>) => {
	const { lengths, intervals, timing } = message.data;
	const started = performance.now();
	const total = lengths.length * intervals.length;
	let done = 0;
	try {
		warmUp(intervals);
		for (const length of lengths) {
			const logs = labLogs(labStream(length));
			for (const interval of intervals) {
				post({ type: 'progress', done, total, length, interval });
				post({ type: 'cell', cell: measureCell(logs, interval, () => performance.now(), timing) });
				done++;
			}
		}
		post({ type: 'progress', done, total, length: 0, interval: 0 });
		post({ type: 'done', totalMs: performance.now() - started });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
