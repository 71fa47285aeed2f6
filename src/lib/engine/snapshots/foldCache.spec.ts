/**
 * A load goes on from an earlier fold of its stream instead of replaying it (foldCache.ts): in
 * any order of loads (forward as a run goes, backward as a seek replays from a checkpoint), from
 * the start or from a snapshot, the state is the full replay's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cartDecider } from '../domains/cart';
import { counterDecider } from '../domains/counter';
import { foldStream } from '../eventStore/eventStore';
import type { StoredEvent } from '../eventStore/types';
import { foldFrom, foldPointEvery, type StreamFolds } from './foldCache';

function streamOf(id: string, data: readonly { type: string; data: Record<string, unknown> }[]) {
	return data.map((e, i): StoredEvent => ({
		globalPosition: i + 1,
		streamId: id,
		version: i + 1,
		eventId: `ev-${i + 1}`,
		type: e.type,
		data: e.data,
		tick: i,
		commandId: `c${i + 1}`
	}));
}

const counterEvents = fc.array(
	fc.oneof(
		fc.integer({ min: -50, max: 50 }).map((amount) => ({ type: 'Added', data: { amount } })),
		fc.integer({ min: -50, max: 50 }).map((value) => ({ type: 'ValueSet', data: { value } }))
	),
	{ minLength: 1, maxLength: 3 * foldPointEvery }
);
const skus = fc.constantFrom('apple', 'constructor', 'toString', 'pear');
const cartEvents = fc.array(
	fc.oneof(
		fc
			.record({ sku: skus, qty: fc.integer({ min: 1, max: 9 }) })
			.map((data) => ({ type: 'ItemAdded', data })),
		skus.map((sku) => ({ type: 'ItemRemoved', data: { sku } }))
	),
	{ minLength: 1, maxLength: 300 }
);

/** Loads at random versions (fractions of the stream), each from the start or a "snapshot". */
const loads = fc.array(
	fc.record({
		at: fc.double({ min: 0, max: 1, noNaN: true }),
		snap: fc.double({ min: 0, max: 1, noNaN: true }),
		useSnap: fc.boolean()
	}),
	{ minLength: 1, maxLength: 40 }
);

describe('a load computed from an earlier fold', () => {
	for (const [name, decider, events] of [
		['counter', counterDecider({ eventStyle: 'delta' }), counterEvents],
		['cart', cartDecider(), cartEvents]
	] as const) {
		it(`is the full replay's state, in any order of loads (${name})`, () => {
			fc.assert(
				fc.property(events, loads, (data, sequence) => {
					const stream = streamOf('s', data);
					const logs = { byStream: new Map([['s', stream]]) };
					const full = (v: number) =>
						foldStream(logs, 's', 0, v, decider.initialState as unknown, decider.evolve as never);
					const cache = new Map<string, StreamFolds>();
					for (const load of sequence) {
						const version = Math.floor(load.at * stream.length);
						const from = load.useSnap ? Math.floor(load.snap * version) : 0;
						const start = from === 0 ? decider.initialState : full(from);
						const state = foldFrom(cache, logs, decider.evolve as never, 's', from, version, start);
						expect(state).toEqual(full(version));
					}
				}),
				{ numRuns: 200 }
			);
		});
	}
});
