import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cartEvents } from '../../domains/cart';
import { foldProjection } from './index';
import { removedItems } from './removedItems';
import { applyAll, options, stored } from './spec-helpers';

const { itemAdded, itemRemoved, checkedOut } = cartEvents;

describe('removed-items', () => {
	it('counts removals per sku across carts', () => {
		const events = stored([
			['cart-1', itemAdded('apple', 1)],
			['cart-1', itemRemoved('apple')],
			['cart-2', itemAdded('apple', 1)],
			['cart-2', itemRemoved('apple')],
			['cart-2', itemAdded('fig', 1)],
			['cart-2', itemRemoved('fig')],
			['cart-2', checkedOut()]
		]);
		expect(foldProjection(removedItems, events, options)).toEqual({ apple: 2, fig: 1 });
	});

	it('changes the sku row on a removal only', () => {
		const events = stored([
			['cart-1', itemAdded('apple', 1)],
			['cart-1', itemRemoved('apple')],
			['cart-1', checkedOut()]
		]);
		expect(applyAll(removedItems, removedItems.init(), events)).toEqual([[], ['apple'], []]);
	});

	it('gives the same JSON whatever order the removals arrive in', () => {
		const sku = fc.constantFrom('apple', 'pear', 'fig', 'kiwi');
		fc.assert(
			fc.property(fc.array(sku, { maxLength: 20 }), (skus) => {
				const events = stored(skus.map((s, i) => [`cart-${i}`, itemRemoved(s)] as const));
				const forward = foldProjection(removedItems, events, options);
				const backward = foldProjection(removedItems, [...events].reverse(), options);
				expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
			})
		);
	});
});
