/**
 * Starts the snapshot lab's worker (Vite bundles `snapshotWorker.ts` as a module worker) and
 * hands its replies to `onReply`. Returns a function that stops it at once.
 */
import type { MeasureRequest, WorkerReply } from './snapshotProtocol';

export function startSnapshotWorker(
	request: MeasureRequest,
	onReply: (reply: WorkerReply) => void
): () => void {
	const worker = new Worker(new URL('./snapshotWorker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
	worker.onerror = (event) => {
		event.preventDefault();
		onReply({ type: 'failed', message: event.message || 'the worker failed to start' });
	};
	worker.postMessage(request);
	return () => worker.terminate();
}
