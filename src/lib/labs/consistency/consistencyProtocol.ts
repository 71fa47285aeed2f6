/** Messages between the consistency lab page and its sweeping worker. */
import type { ConsistencyDomain, CqrsPoint, SweepPoint } from '$lib/engine';

export interface SweepRequest {
	type: 'sweep';
	domain: ConsistencyDomain;
	queryEveryTicks: number;
}

export type SweepReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'stale'; readYourWrites: boolean; point: SweepPoint }
	| { type: 'cqrs'; point: CqrsPoint }
	| { type: 'done' }
	| { type: 'failed'; message: string };
