import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cart, cartCommands, cartDecider, cartEvents, type CartCommand } from './cart';
import type { DomainEvent } from './decider';
import { expectFrozen, fold, specFor } from './spec-helpers';

const { addItem, removeItem, checkout } = cartCommands;
const { itemAdded, itemRemoved, checkedOut } = cartEvents;
const given = specFor(cartDecider());
/** The engine's door parses each command first: malformed ones are refused there. */
const atTheDoor = specFor(cart.decider({ eventStyle: 'delta' }));

describe('cart', () => {
	it('adds an item', () => {
		given([])
			.when(addItem('apple', 2))
			.then([itemAdded('apple', 2)]);
	});

	it('adds to the quantity of an sku already in the cart', () => {
		given([itemAdded('apple', 2)])
			.when(addItem('apple', 3))
			.then([itemAdded('apple', 3)]);
		expect(fold(cartDecider(), [itemAdded('apple', 2), itemAdded('apple', 3)]).items).toEqual({
			apple: 5
		});
	});

	it('removes an item that is in the cart, leaving it absent', () => {
		given([itemAdded('apple', 2)])
			.when(removeItem('apple'))
			.then([itemRemoved('apple')]);
		const state = fold(cartDecider(), [
			itemAdded('apple', 2),
			itemAdded('pear', 1),
			itemRemoved('apple')
		]);
		expect(state).toEqual({ items: { pear: 1 }, checkedOut: false });
		expect(Object.hasOwn(state.items, 'apple')).toBe(false);
	});

	it('treats skus named like Object.prototype members as ordinary skus', () => {
		const events = [
			itemAdded('constructor', 2),
			itemAdded('toString', 1),
			itemAdded('constructor', 1)
		];
		expect(fold(cartDecider(), events).items).toEqual({ constructor: 3, toString: 1 });
		given([])
			.when(removeItem('hasOwnProperty'))
			.thenRejects(/not in the cart/);
	});

	it('checks out a cart with items', () => {
		given([itemAdded('apple', 2)])
			.when(checkout())
			.then([checkedOut()]);
		expect(fold(cartDecider(), [itemAdded('apple', 2), checkedOut()]).checkedOut).toBe(true);
	});
});

describe('cart rejections', () => {
	const closed = [itemAdded('apple', 2), checkedOut()];

	it('refuses any change after checkout, including a second checkout', () => {
		given(closed)
			.when(addItem('pear', 1))
			.thenRejects(/already checked out/);
		given(closed)
			.when(removeItem('apple'))
			.thenRejects(/already checked out/);
		given(closed)
			.when(checkout())
			.thenRejects(/already checked out/);
	});

	it('refuses to remove an item that is not in the cart', () => {
		given([])
			.when(removeItem('apple'))
			.thenRejects(/apple: it is not in the cart/);
		given([itemAdded('apple', 1), itemRemoved('apple')])
			.when(removeItem('apple'))
			.thenRejects(/not in the cart/);
	});

	it('refuses to check out an empty cart', () => {
		given([])
			.when(checkout())
			.thenRejects(/empty cart/);
		given([itemAdded('apple', 1), itemRemoved('apple')])
			.when(checkout())
			.thenRejects(/empty cart/);
	});

	it('refuses malformed commands with a readable reason', () => {
		atTheDoor([])
			.when({ type: 'AddItem', data: { sku: 'apple', qty: 0 } })
			.thenRejects(/at least 1/);
		atTheDoor([])
			.when({ type: 'AddItem', data: { sku: 'apple', qty: 1.5 } })
			.thenRejects(/integer/);
		atTheDoor([])
			.when({ type: 'AddItem', data: { sku: '', qty: 1 } })
			.thenRejects(/sku must be/);
		atTheDoor([])
			.when({ type: 'AddItem', data: { sku: '__proto__', qty: 1 } })
			.thenRejects(/sku/);
		atTheDoor([])
			.when({ type: 'RemoveItem', data: {} })
			.thenRejects(/sku must be a string/);
		atTheDoor([])
			.when({ type: 'Checkout', data: { now: true } })
			.thenRejects(/Unrecognized key/);
		atTheDoor([])
			.when({ type: 'Pay', data: {} })
			.thenRejects(/no command 'Pay'/);
	});
});

describe('cart properties', () => {
	const skus = fc.constantFrom('apple', 'pear', 'fig');
	const command: fc.Arbitrary<CartCommand> = fc.oneof(
		fc.tuple(skus, fc.integer({ min: 1, max: 5 })).map(([s, q]) => addItem(s, q)),
		skus.map(removeItem),
		fc.constant(checkout())
	);

	it('quantities stay positive, nothing changes after checkout, events are frozen', () => {
		fc.assert(
			fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
				const decider = cartDecider();
				const log: DomainEvent[] = [];
				let state = decider.initialState;
				for (const c of commands) {
					const wasCheckedOut = state.checkedOut;
					const decision = decider.decide(c, state);
					if (wasCheckedOut) expect(decision.ok).toBe(false);
					if (!decision.ok) continue;
					expectFrozen(decision.events);
					log.push(...decision.events);
					state = decision.events.reduce(decider.evolve, state);
				}
				for (const qty of Object.values(state.items)) expect(qty).toBeGreaterThan(0);
				expect(fold(decider, log)).toEqual(state);
			})
		);
	});
});

describe('cart definition', () => {
	it('accepts cart-<id> streams only', () => {
		expect(cart.streamPattern.test('cart-1')).toBe(true);
		expect(cart.streamPattern.test('cart-')).toBe(false);
		expect(cart.streamPattern.test('basket-1')).toBe(false);
	});

	it('lists every command with a schema', () => {
		expect(Object.keys(cart.commandData)).toEqual([...cart.commandTypes]);
	});
});
