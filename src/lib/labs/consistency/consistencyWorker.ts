/**
 * The consistency lab's worker: runs the engine over every network delay (with and without
 * read-your-writes), then the full-scan comparison over every store size, posting each point as
 * it is ready so the page fills in and stays responsive.
 */
import { cqrsPoint, exampleScenario, productCounts, sweepDelays, sweepPoint } from '$lib/engine';
import type { SweepReply, SweepRequest } from './consistencyProtocol';

const post = (reply: SweepReply): void => self.postMessage(reply);

self.onmessage = (message: MessageEvent<SweepRequest>) => {
	const { domain, queryEveryTicks } = message.data;
	const total = sweepDelays.length * 2 + productCounts.length;
	let done = 0;
	try {
		const base = exampleScenario(domain);
		for (const delay of sweepDelays) {
			for (const readYourWrites of [false, true]) {
				const point = sweepPoint(base, delay, { queryEveryTicks, readYourWrites });
				post({ type: 'stale', readYourWrites, point });
				post({ type: 'progress', done: ++done, total });
			}
		}
		for (const products of productCounts) {
			post({ type: 'cqrs', point: cqrsPoint(products) });
			post({ type: 'progress', done: ++done, total });
		}
		post({ type: 'done' });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
