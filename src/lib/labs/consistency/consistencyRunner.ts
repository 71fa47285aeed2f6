/** Starts the consistency lab's worker; returns a function that stops it at once. */
import type { SweepReply, SweepRequest } from './consistencyProtocol';

export function startConsistencyWorker(
	request: SweepRequest,
	onReply: (reply: SweepReply) => void
): () => void {
	const worker = new Worker(new URL('./consistencyWorker.ts', import.meta.url), {
		type: 'module'
	});
	worker.onmessage = (event: MessageEvent<SweepReply>) => onReply(event.data);
	worker.onerror = (event) => {
		event.preventDefault();
		onReply({ type: 'failed', message: event.message || 'the worker failed to start' });
	};
	worker.postMessage(request);
	return () => worker.terminate();
}
