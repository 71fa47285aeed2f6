/** Messages between the snapshot lab page and its measuring worker. */
import type { CellResult, TimingOptions } from './measure';

export interface MeasureRequest {
	type: 'measure';
	lengths: readonly number[];
	intervals: readonly number[];
	timing: TimingOptions;
}

export type WorkerReply =
	| { type: 'progress'; done: number; total: number; length: number; interval: number }
	| { type: 'cell'; cell: CellResult }
	| { type: 'done'; totalMs: number }
	| { type: 'failed'; message: string };
