/**
 * Several domains in one run (`domains`): each command goes to the domain that owns its stream,
 * each domain decides with its own decider, and `cart-view` joins the two stores' events. Its
 * truth is checked against a brute-force join of the two domains' folds at every tick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cartDecider, type CartState } from '../domains/cart';
import { inventoryDecider, type InventoryState } from '../domains/inventory';
import { evolveStored } from '../domains/decider';
import { foldStream } from '../eventStore/eventStore';
import type { CartViewView } from '../readSide/projections/cartView';
import { parseScenario } from '../scenario/schema';
import type { Scenario } from '../scenario/types';
import { simulate, worldAt, type Run } from './index';

const base = {
	format: 'eventscope/2',
	seed: 7,
	ticks: 40,
	domains: ['cart', 'inventory'],
	consumers: [{ id: 'carts', readModel: 'cart-view' }]
};

function parsed(input: Record<string, unknown>): Scenario {
	const result = parseScenario(input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.scenario;
}

function errorsOf(input: Record<string, unknown>) {
	const result = parseScenario(input);
	return result.ok ? [] : result.errors;
}

describe('a scenario with several domains', () => {
	it('names its domains, takes the first as its domain, and offers the joining read model', () => {
		const s = parsed({ ...base });
		expect(s.domains).toEqual(['cart', 'inventory']);
		expect(s.domain).toBe('cart');
		expect(s.consumers[0].readModel).toBe('cart-view');
	});

	it('parses a scenario without `domains` to the same object as before (no new key)', () => {
		const s = parsed({ format: 'eventscope/2', domain: 'cart' });
		expect('domains' in s).toBe(false);
	});

	it('refuses a command for a domain the scenario does not name, naming the field', () => {
		const errors = errorsOf({
			...base,
			commands: [{ at: 1, stream: 'user-ann', type: 'RegisterUser', data: {} }]
		});
		expect(errors.map((e) => e.path)).toEqual(['commands[0].stream']);
		expect(errors[0].message).toMatch(
			/belongs to none of the scenario's domains \("cart", "inventory"\)/
		);
	});

	it('refuses one domain in `domains`, a repeated one, and a `domain` outside them', () => {
		expect(errorsOf({ ...base, domains: ['cart'] }).map((e) => e.path)).toEqual(['domains']);
		expect(errorsOf({ ...base, domains: ['cart', 'cart'] }).map((e) => e.path)).toEqual([
			'domains'
		]);
		expect(errorsOf({ ...base, domain: 'counter' }).map((e) => e.path)).toEqual(['domain']);
		expect(errorsOf({ ...base, domains: ['cart', 'nope'] }).map((e) => e.path)).toEqual([
			'domains[1]'
		]);
	});

	it('offers cart-view only where both the cart and the inventory are in the run', () => {
		const errors = errorsOf({ ...base, domains: undefined, domain: 'cart' });
		expect(errors.map((e) => e.path)).toEqual(['consumers[0].readModel']);
		expect(errors[0].message).toContain('is not a read model of the cart domain');
	});

	it('checks each command against the domain that owns its stream', () => {
		const errors = errorsOf({
			...base,
			commands: [
				{ at: 1, stream: 'product-apple', type: 'AddItem', data: { sku: 'apple', qty: 1 } },
				{ at: 1, stream: 'cart-ann', type: 'AddItem', data: { sku: 'apple', qty: 1 } }
			]
		});
		expect(errors.map((e) => e.path)).toEqual(['commands[0].type']);
		expect(errors[0].message).toContain('is not a inventory command');
	});
});

describe('a run over the cart and the inventory', () => {
	it('given a product listed and a cart, when both are commanded, then each domain decides its own', () => {
		const run = simulate(
			parsed({
				...base,
				commands: [
					{
						at: 1,
						stream: 'product-apple',
						type: 'ListProduct',
						data: { sku: 'apple', name: 'Apple' }
					},
					{ at: 2, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 9 } },
					{ at: 3, stream: 'cart-ann', type: 'AddItem', data: { sku: 'apple', qty: 2 } },
					{ at: 4, stream: 'cart-ann', type: 'RemoveItem', data: { sku: 'pear' } }
				]
			})
		);
		const types = run.logs.events.map((e) => `${e.streamId} ${e.type}`);
		expect(types).toEqual([
			'product-apple ProductListed',
			'product-apple StockReceived',
			'cart-ann ItemAdded'
		]);
		const rejected = run.logs.trace.filter((r) => r.type === 'CommandRejected');
		expect(rejected.map((r) => r.type === 'CommandRejected' && r.reason)).toEqual([
			'cannot remove pear: it is not in the cart'
		]);
		const view = run.ctx.projectionOf.carts.view(
			run.final.consumers[0].model,
			run.ctx.projectionOptions
		);
		expect(view).toEqual({
			'cart-ann': { apple: { name: 'Apple', qty: 2, stock: 9 } }
		});
	});
});

/** The brute-force join: every cart stream folded, each line joined with its product's fold. */
function bruteForceJoin(run: Run, head: number): CartViewView {
	const cart = cartDecider();
	const inventory = inventoryDecider();
	const version = (stream: string) =>
		run.logs.events.slice(0, head).filter((e) => e.streamId === stream).length;
	const carts = [
		...new Set(
			run.logs.events
				.slice(0, head)
				.map((e) => e.streamId)
				.filter((s) => s.startsWith('cart-'))
		)
	].sort();
	const out: Record<string, unknown> = {};
	for (const id of carts) {
		const state = foldStream<CartState>(
			run.logs,
			id,
			0,
			version(id),
			cart.initialState,
			evolveStored(cart.evolve)
		);
		const lines: Record<string, unknown> = {};
		for (const sku of Object.keys(state.items).sort()) {
			const v = version(`product-${sku}`);
			const product = foldStream<InventoryState>(
				run.logs,
				`product-${sku}`,
				0,
				v,
				inventory.initialState,
				evolveStored(inventory.evolve)
			);
			lines[sku] = {
				name: v > 0 ? product.name : null,
				qty: state.items[sku],
				stock: v > 0 ? product.stock : null
			};
		}
		out[id] = lines;
	}
	return out as CartViewView;
}

describe('cart-view is the join of the two stores', () => {
	const sku = fc.constantFrom('apple', 'pear', 'fig');
	const cartId = fc.constantFrom('cart-ann', 'cart-bob');
	const command = fc.oneof(
		fc.record({
			stream: cartId,
			type: fc.constant('AddItem'),
			data: fc.record({ sku, qty: fc.integer({ min: 1, max: 3 }) })
		}),
		fc.record({ stream: cartId, type: fc.constant('RemoveItem'), data: fc.record({ sku }) }),
		fc.record({ stream: cartId, type: fc.constant('Checkout'), data: fc.constant({}) }),
		sku.map((s) => ({ stream: `product-${s}`, type: 'ListProduct', data: { sku: s, name: s } })),
		fc.tuple(sku, fc.integer({ min: 1, max: 20 }), fc.boolean()).map(([s, qty, ship]) => ({
			stream: `product-${s}`,
			type: ship ? 'ShipStock' : 'ReceiveStock',
			data: { sku: s, qty }
		}))
	);

	it('its truth equals a brute-force join of the two domains’ folds at every tick; a lossless consumer ends on it', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 25 }), command), { maxLength: 20 }),
				fc.integer({ min: 0, max: 1000 }),
				(timed, seed) => {
					const run = simulate(
						parsed({
							...base,
							seed,
							network: { delayMin: 1, delayMax: 4 },
							consumers: [{ id: 'carts', readModel: 'cart-view', idempotency: 'version-next' }],
							commands: timed.map(([at, c]) => ({ at, ...c }))
						})
					);
					const projection = run.ctx.projectionOf.carts;
					for (let t = 0; t <= run.scenario.ticks; t++) {
						const world = worldAt(run, t);
						const truth = projection.view(world.truth['cart-view'], run.ctx.projectionOptions);
						expect(truth).toEqual(bruteForceJoin(run, world.storeHead));
					}
					const model = projection.view(run.final.consumers[0].model, run.ctx.projectionOptions);
					expect(model).toEqual(bruteForceJoin(run, run.final.storeHead));
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('each domain has its own event store and its own publisher', () => {
	const product = fc.constantFrom('apple', 'pear');
	const command = fc.oneof(
		fc.record({
			stream: fc.constantFrom('cart-ann', 'cart-bob'),
			type: fc.constant('AddItem'),
			data: fc.record({ sku: product, qty: fc.integer({ min: 1, max: 3 }) })
		}),
		product.map((s) => ({
			stream: `product-${s}`,
			type: 'ListProduct',
			data: { sku: s, name: s }
		})),
		fc.tuple(product, fc.integer({ min: 1, max: 9 })).map(([s, qty]) => ({
			stream: `product-${s}`,
			type: 'ReceiveStock',
			data: { sku: s, qty }
		}))
	);
	const commands = fc.array(
		fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3 }), command),
		{ maxLength: 25 }
	);
	const toCommands = (timed: [number, number, Record<string, unknown>][]) =>
		timed.map(([at, repeat, c]) => ({ at, repeat, every: 1, ...c }));

	it('positions within each store are gapless and increasing, and its head counts them at every tick', () => {
		fc.assert(
			fc.property(
				commands,
				fc.integer({ min: 0, max: 1000 }),
				fc.constantFrom('log', 'queue'),
				fc.constantFrom(0, 0.2),
				(timed, seed, broker, publishCrash) => {
					const run = simulate(
						parsed({
							...base,
							seed,
							ticks: 45,
							options: { broker, publishCrash, relayRestartTicks: 3 },
							commands: toCommands(timed)
						})
					);
					run.final.stores.forEach((store, i) => {
						const own = run.logs.events.filter((e) => e.store === store.domain);
						expect(own.map((e) => e.storePosition)).toEqual(own.map((_, k) => k + 1));
						expect(run.logs.byStore[i] ?? []).toEqual(own);
						expect(store.head).toBe(own.length);
					});
					for (let t = 0; t <= run.scenario.ticks; t += 5) {
						const world = worldAt(run, t);
						const total = world.stores.reduce((n, s) => n + s.head, 0);
						expect(total).toBe(world.storeHead);
					}
					// Each relay's checkpoint counts its own store's positions, never beyond its head.
					for (const s of run.final.stores) expect(s.relay.checkpoint).toBeLessThanOrEqual(s.head);
				}
			),
			{ numRuns: 40 }
		);
	});

	/** When each of one store's events was first handed to the broker, by its relay. */
	const firstPublished = (run: Run, store: string) => {
		const at = new Map<number, number>();
		for (const r of run.logs.trace)
			if (r.type === 'Published' && r.store === store && !at.has(r.position))
				at.set(r.position, r.t);
		return [...at.entries()];
	};

	it('one domain’s relay down does not delay the other domain’s events; its own wait, then all arrive', () => {
		fc.assert(
			fc.property(
				commands,
				fc.integer({ min: 0, max: 1000 }),
				fc.integer({ min: 1, max: 20 }),
				fc.integer({ min: 1, max: 15 }),
				fc.constantFrom('cart', 'inventory'),
				(timed, seed, at, duration, down) => {
					const scenario = {
						...base,
						seed,
						ticks: 60,
						network: { delayMin: 1, delayMax: 3 },
						consumers: [{ id: 'carts', readModel: 'cart-view', idempotency: 'version-next' }],
						commands: toCommands(timed)
					};
					const calm = simulate(parsed(scenario));
					const crashed = simulate(
						parsed({
							...scenario,
							faults: [{ at, kind: 'crash', target: `relay:${down}`, duration }]
						})
					);
					const other = down === 'cart' ? 'inventory' : 'cart';
					expect(firstPublished(crashed, other)).toEqual(firstPublished(calm, other));
					// The crashed store's events appended while it was down wait for its restart.
					for (const [position, t] of firstPublished(crashed, down)) {
						const appended = crashed.logs.events[position - 1].tick;
						if (appended >= at && appended < at + duration)
							expect(t).toBeGreaterThanOrEqual(at + duration);
					}
					const projection = crashed.ctx.projectionOf.carts;
					const model = projection.view(
						crashed.final.consumers[0].model,
						crashed.ctx.projectionOptions
					);
					expect(model).toEqual(bruteForceJoin(crashed, crashed.final.storeHead));
				}
			),
			{ numRuns: 40 }
		);
	});

	it('crashes one store’s relay by `relay:<domain>`, and every store’s by `relay`', () => {
		const commands = [
			{ at: 1, stream: 'product-apple', type: 'ListProduct', data: { sku: 'apple', name: 'A' } },
			{ at: 1, stream: 'cart-ann', type: 'AddItem', data: { sku: 'apple', qty: 1 } }
		];
		const crashes = (target: string) =>
			simulate(
				parsed({ ...base, commands, faults: [{ at: 2, kind: 'crash', target, duration: 4 }] })
			)
				.logs.trace.filter((r) => r.type === 'RelayCrashed')
				.map((r) => r.type === 'RelayCrashed' && r.store);
		expect(crashes('relay:inventory')).toEqual(['inventory']);
		expect(crashes('relay')).toEqual(['cart', 'inventory']);
	});

	it('refuses a store’s relay outside `domains`, and a late consumer under a queue, naming the field', () => {
		expect(
			errorsOf({
				...base,
				faults: [{ at: 1, kind: 'crash', target: 'relay:counter', duration: 2 }]
			})
		).toEqual([
			{
				path: 'faults[0].target',
				message: '"relay:counter": the domain must be one of "cart", "inventory"'
			}
		]);
		expect(
			errorsOf({
				format: 'eventscope/2',
				domain: 'cart',
				faults: [{ at: 1, kind: 'crash', target: 'relay:cart', duration: 2 }]
			}).map((e) => e.path)
		).toEqual(['faults[0].target']);
		expect(
			errorsOf({
				...base,
				options: { broker: 'queue' },
				consumers: [{ id: 'carts', readModel: 'cart-view', startAt: 5 }]
			}).map((e) => e.path)
		).toEqual(['consumers[0].startAt']);
	});
});
