/**
 * The consistency lab's reactive state: the chosen example, its run (for the lag chart), and the
 * sweep points arriving from the worker, each list replaced whole as a point arrives.
 */
import {
	type ConsistencyDomain,
	type CqrsPoint,
	exampleScenario,
	labConsumer,
	lagSeries,
	simulate,
	type SweepPoint
} from '$lib/engine';
import type { SweepReply } from '$lib/labs/consistency/consistencyProtocol';
import { startConsistencyWorker } from '$lib/labs/consistency/consistencyRunner';

export const queryEveryTicks = 3;

export class Sweep {
	domain = $state<ConsistencyDomain>('counter');
	stale = $state.raw<readonly SweepPoint[]>([]);
	staleRyw = $state.raw<readonly SweepPoint[]>([]);
	cqrs = $state.raw<readonly CqrsPoint[]>([]);
	done = $state(0);
	total = $state(1);
	status = $state<'idle' | 'running' | 'done' | 'failed'>('idle');
	error = $state('');
	#stop: (() => void) | null = null;

	readonly scenario = $derived(exampleScenario(this.domain));
	readonly consumer = $derived(labConsumer(this.scenario));
	readonly lags = $derived(lagSeries(simulate(this.scenario), this.consumer));

	start(domain: ConsistencyDomain = this.domain): void {
		this.stop();
		this.domain = domain;
		this.stale = [];
		this.staleRyw = [];
		this.cqrs = [];
		this.done = 0;
		this.status = 'running';
		this.#stop = startConsistencyWorker({ type: 'sweep', domain, queryEveryTicks }, (reply) =>
			this.#receive(reply)
		);
	}

	stop(): void {
		this.#stop?.();
		this.#stop = null;
	}

	#receive(reply: SweepReply): void {
		switch (reply.type) {
			case 'progress':
				this.done = reply.done;
				this.total = reply.total;
				break;
			case 'stale':
				if (reply.readYourWrites) this.staleRyw = [...this.staleRyw, reply.point];
				else this.stale = [...this.stale, reply.point];
				break;
			case 'cqrs':
				this.cqrs = [...this.cqrs, reply.point];
				break;
			case 'done':
				this.status = 'done';
				this.stop();
				break;
			case 'failed':
				this.status = 'failed';
				this.error = reply.message;
				this.stop();
				break;
			default: {
				const _exhaustive: never = reply;
			}
		}
	}
}
