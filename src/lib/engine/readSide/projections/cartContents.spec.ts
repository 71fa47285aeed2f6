import { describe, expect, it } from 'vitest';
import { cartEvents } from '../../domains/cart';
import { counterEvents } from '../../domains/counter';
import { cartContents } from './cartContents';
import { foldProjection } from './index';
import { applyAll, options, stored } from './spec-helpers';

const { itemAdded, itemRemoved, checkedOut } = cartEvents;

describe('cart-contents', () => {
	it('keeps each cart items and checkout flag', () => {
		const events = stored([
			['cart-2', itemAdded('pear', 1)],
			['cart-1', itemAdded('fig', 2)],
			['cart-1', itemAdded('apple', 1)],
			['cart-1', itemAdded('fig', 3)],
			['cart-1', itemRemoved('apple')],
			['cart-1', checkedOut()]
		]);
		const view = foldProjection(cartContents, events, options);
		expect(view).toEqual({
			'cart-1': { items: { fig: 5 }, checkedOut: true },
			'cart-2': { items: { pear: 1 }, checkedOut: false }
		});
		expect(Object.keys(view)).toEqual(['cart-1', 'cart-2']);
	});

	it('sorts the items of each cart', () => {
		const events = stored([
			['cart-1', itemAdded('pear', 1)],
			['cart-1', itemAdded('apple', 1)]
		]);
		expect(Object.keys(foldProjection(cartContents, events, options)['cart-1'].items)).toEqual([
			'apple',
			'pear'
		]);
	});

	it('creates a row for a cart first seen through a removal or a checkout (lossy delivery)', () => {
		const events = stored([
			['cart-1', itemRemoved('apple')],
			['cart-2', checkedOut()]
		]);
		expect(foldProjection(cartContents, events, options)).toEqual({
			'cart-1': { items: {}, checkedOut: false },
			'cart-2': { items: {}, checkedOut: true }
		});
	});

	it('reports the cart as the changed row, and ignores other domains', () => {
		const events = stored([
			['cart-1', itemAdded('apple', 1)],
			['counter-1', counterEvents.added(1)]
		]);
		expect(applyAll(cartContents, cartContents.init(), events)).toEqual([['cart-1'], []]);
	});

	it('hands out a view that later events do not change', () => {
		const state = cartContents.init();
		const [first, second] = stored([
			['cart-1', itemAdded('apple', 1)],
			['cart-1', itemAdded('apple', 1)]
		]);
		cartContents.apply(state, first, options);
		const view = cartContents.view(state, options);
		cartContents.apply(state, second, options);
		expect(view['cart-1'].items).toEqual({ apple: 1 });
	});
});
