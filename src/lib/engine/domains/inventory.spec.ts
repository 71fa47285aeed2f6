import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from './decider';
import {
	inventory,
	inventoryCommands,
	inventoryDecider,
	inventoryEvents,
	productStream,
	type InventoryCommand
} from './inventory';
import { expectFrozen, fold, specFor } from './spec-helpers';

const { listProduct, receiveStock, shipStock } = inventoryCommands;
const { productListed, stockReceived, stockShipped } = inventoryEvents;
const given = specFor(inventoryDecider());
/** The engine's door parses each command first: malformed ones are refused there. */
const atTheDoor = specFor(inventory.decider({ eventStyle: 'delta' }));
const listed = [productListed('apple', 'Apple')];

describe('inventory', () => {
	it('lists a product', () => {
		given([])
			.when(listProduct('apple', 'Apple'))
			.then([productListed('apple', 'Apple')]);
		expect(fold(inventoryDecider(), listed)).toEqual({
			listed: true,
			sku: 'apple',
			name: 'Apple',
			stock: 0
		});
	});

	it('receives stock for a listed product', () => {
		given(listed)
			.when(receiveStock('apple', 10))
			.then([stockReceived('apple', 10)]);
	});

	it('ships stock that is on hand, down to zero', () => {
		const stocked = [...listed, stockReceived('apple', 10)];
		given(stocked)
			.when(shipStock('apple', 10))
			.then([stockShipped('apple', 10)]);
		expect(fold(inventoryDecider(), [...stocked, stockShipped('apple', 4)]).stock).toBe(6);
	});
});

describe('inventory rejections', () => {
	it('refuses to list a product twice', () => {
		given(listed)
			.when(listProduct('apple', 'Green apple'))
			.thenRejects(/already listed/);
	});

	it('refuses stock moves on an unlisted product', () => {
		given([])
			.when(receiveStock('apple', 1))
			.thenRejects(/apple is not listed/);
		given([])
			.when(shipStock('apple', 1))
			.thenRejects(/apple is not listed/);
	});

	it('refuses stock moves that name another product than the stream holds', () => {
		given(listed)
			.when(receiveStock('pear', 1))
			.thenRejects(/holds product apple, not pear/);
		given(listed)
			.when(shipStock('pear', 1))
			.thenRejects(/holds product apple, not pear/);
	});

	it('refuses to ship more than is in stock', () => {
		given([...listed, stockReceived('apple', 3)])
			.when(shipStock('apple', 5))
			.thenRejects(/cannot ship 5 of apple: only 3 in stock/);
		given(listed)
			.when(shipStock('apple', 1))
			.thenRejects(/only 0 in stock/);
	});

	it('refuses malformed commands with a readable reason', () => {
		atTheDoor([])
			.when({ type: 'ListProduct', data: { sku: 'apple', name: ' ' } })
			.thenRejects(/name/);
		atTheDoor([])
			.when({ type: 'ListProduct', data: { sku: 'a b', name: 'A' } })
			.thenRejects(/sku/);
		atTheDoor(listed)
			.when({ type: 'ReceiveStock', data: { sku: 'apple', qty: -1 } })
			.thenRejects(/qty/);
		atTheDoor(listed)
			.when({ type: 'ShipStock', data: { sku: 'apple' } })
			.thenRejects(/qty/);
		atTheDoor([])
			.when({ type: 'toString', data: {} })
			.thenRejects(/no command 'toString'/);
	});
});

describe('inventory properties', () => {
	const command: fc.Arbitrary<InventoryCommand> = fc.oneof(
		fc.constant(listProduct('apple', 'Apple')),
		fc.integer({ min: 1, max: 20 }).map((q) => receiveStock('apple', q)),
		fc.integer({ min: 1, max: 20 }).map((q) => shipStock('apple', q))
	);

	it('stock never goes negative, and matches received minus shipped', () => {
		fc.assert(
			fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
				const decider = inventoryDecider();
				const log: DomainEvent[] = [];
				let state = decider.initialState;
				for (const c of commands) {
					const decision = decider.decide(c, state);
					if (!decision.ok) continue;
					expectFrozen(decision.events);
					log.push(...decision.events);
					state = decision.events.reduce(decider.evolve, state);
					expect(state.stock).toBeGreaterThanOrEqual(0);
				}
				const moved = (type: string) =>
					log.filter((e) => e.type === type).reduce((n, e) => n + (e.data.qty as number), 0);
				expect(state.stock).toBe(moved('StockReceived') - moved('StockShipped'));
			})
		);
	});
});

describe('inventory definition', () => {
	it('accepts product-<sku> streams', () => {
		expect(inventory.streamPattern.test(productStream('apple'))).toBe(true);
		expect(inventory.streamPattern.test('product-')).toBe(false);
		expect(inventory.streamPattern.test('apple')).toBe(false);
	});

	it('lists every command with a schema', () => {
		expect(Object.keys(inventory.commandData)).toEqual([...inventory.commandTypes]);
	});
});
