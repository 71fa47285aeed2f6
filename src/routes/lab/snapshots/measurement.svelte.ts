/**
 * The snapshot lab's reactive state: the cells measured so far (an immutable list replaced
 * whole as each arrives from the worker), the progress, and start/stop.
 */
import { labSnapshotIntervals, labStreamLengths } from '$lib/engine';
import { defaultTiming, type CellResult } from '$lib/labs/snapshots/measure';
import type { WorkerReply } from '$lib/labs/snapshots/snapshotProtocol';
import { startSnapshotWorker } from '$lib/labs/snapshots/snapshotRunner';

export type Status = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

export class Measurement {
	cells = $state.raw<readonly CellResult[]>([]);
	status = $state<Status>('idle');
	done = $state(0);
	total = $state(labStreamLengths.length * labSnapshotIntervals.length);
	/** The cell being measured now. */
	current = $state<{ length: number; interval: number } | null>(null);
	totalMs = $state(0);
	error = $state('');
	#stop: (() => void) | null = null;

	start(): void {
		this.stop();
		this.cells = [];
		this.done = 0;
		this.error = '';
		this.status = 'running';
		this.#stop = startSnapshotWorker(
			{
				type: 'measure',
				lengths: labStreamLengths,
				intervals: labSnapshotIntervals,
				timing: defaultTiming
			},
			(reply) => this.#receive(reply)
		);
	}

	stop(): void {
		this.#stop?.();
		this.#stop = null;
		if (this.status === 'running') this.status = 'stopped';
		this.current = null;
	}

	#receive(reply: WorkerReply): void {
		switch (reply.type) {
			case 'progress':
				this.done = reply.done;
				this.total = reply.total;
				this.current = reply.length > 0 ? { length: reply.length, interval: reply.interval } : null;
				break;
			case 'cell':
				this.cells = [...this.cells, reply.cell];
				break;
			case 'done':
				this.totalMs = reply.totalMs;
				this.status = 'done';
				this.#stop?.();
				this.#stop = null;
				break;
			case 'failed':
				this.error = reply.message;
				this.status = 'failed';
				this.stop();
				break;
			default: {
				const _exhaustive: never = reply;
			}
		}
	}
}
