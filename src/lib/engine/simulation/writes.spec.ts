import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faults, network, seed } from '../testing/arbitraries';
import { scenario } from '../testing/scenarios';
import { chunkSize, verifyCheckpoints } from './checkpoint';
import { createContext } from './createContext';
import { initialWorld, step } from './step';
import { simulate, worldAt } from './timeline';

// Checkpoints of a world with more than `chunkSize` streams read only the writes the run noted
// (writes.ts): every checkpoint made here is compared with a JSON copy of the world it copies.
beforeAll(() => verifyCheckpoints(true));
afterAll(() => verifyCheckpoints(false));

const streams = fc.integer({ min: chunkSize + 1, max: 3 * chunkSize });

/** Many counter streams, written again and again (new keys and old ones), under faults. */
const manyCounters = fc
	.record({
		seed,
		network,
		faults,
		streams,
		every: fc.integer({ min: 1, max: 3 }),
		delivery: fc.constantFrom('at-most-once' as const, 'at-least-once' as const),
		idempotency: fc.constantFrom(
			'none' as const,
			'dedupe-id' as const,
			'version-next' as const,
			'version-newer' as const
		),
		storage: fc.constantFrom('events' as const, 'state' as const)
	})
	.map((a) =>
		scenario({
			seed: a.seed,
			ticks: 400,
			domain: 'counter',
			options: { delivery: a.delivery, ackTimeout: 6, storage: a.storage, snapshotEvery: 5 },
			network: a.network,
			// storage "state" is a dual write: it has no relay to crash.
			faults: a.storage === 'state' ? a.faults.filter((f) => f.target !== 'relay') : a.faults,
			consumers: [{ id: 'view', readModel: 'counter-values', idempotency: a.idempotency }],
			commands: [
				{
					at: 1,
					every: a.every,
					repeat: a.streams,
					stream: 'counter-{i}',
					type: 'Add',
					data: { amount: 2 }
				},
				{ at: 2, every: 2, repeat: 120, stream: 'counter-{i}', type: 'Add', data: { amount: 1 } }
			]
		})
	);

describe('checkpoints that read the writes a run noted', () => {
	it('equal the world they copy, and worldAt equals a fresh run, over many streams', () => {
		fc.assert(
			fc.property(manyCounters, fc.integer({ min: 0, max: 400 }), (s, tick) => {
				const run = simulate(s); // throws if a checkpoint differs from its world
				const ctx = createContext(s);
				const fresh = initialWorld(ctx);
				while (fresh.tick < tick) step(ctx, fresh);
				expect(worldAt(run, tick)).toEqual(JSON.parse(JSON.stringify(fresh)));
			}),
			{ numRuns: 40 }
		);
	});

	it('equal the world they copy with carts of many items (rows deleted and re-added)', () => {
		fc.assert(
			fc.property(seed, network, streams, (runSeed, net, skus) => {
				const s = scenario({
					seed: runSeed,
					ticks: 300,
					domain: 'cart',
					network: net,
					consumers: [
						{ id: 'view', readModel: 'cart-contents', idempotency: 'version-next' },
						{ id: 'removed', readModel: 'removed-items', idempotency: 'dedupe-id' }
					],
					commands: [
						{
							at: 1,
							every: 1,
							repeat: skus,
							stream: 'cart-1',
							type: 'AddItem',
							data: { sku: 'sku-{i}', qty: 1 }
						},
						{
							at: 3,
							every: 2,
							repeat: 60,
							stream: 'cart-1',
							type: 'RemoveItem',
							data: { sku: 'sku-{i}' }
						},
						{
							at: 5,
							every: 1,
							repeat: skus,
							stream: 'cart-{i}',
							type: 'AddItem',
							data: { sku: 'sku-1', qty: 2 }
						}
					]
				});
				expect(() => simulate(s)).not.toThrow();
			}),
			{ numRuns: 15 }
		);
	});
});
