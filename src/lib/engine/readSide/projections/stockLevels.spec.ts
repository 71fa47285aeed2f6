import { describe, expect, it } from 'vitest';
import { inventoryEvents } from '../../domains/inventory';
import { foldProjection } from './index';
import { applyAll, options, stored } from './spec-helpers';
import { stockLevels } from './stockLevels';

const { productListed, stockReceived, stockShipped } = inventoryEvents;

describe('stock-levels', () => {
	it('starts listed products at 0, adds receipts and subtracts shipments', () => {
		const events = stored([
			['product-pear', productListed('pear', 'Pear')],
			['product-apple', productListed('apple', 'Apple')],
			['product-apple', stockReceived('apple', 10)],
			['product-apple', stockShipped('apple', 4)]
		]);
		const view = foldProjection(stockLevels, events, options);
		expect(view).toEqual({ apple: 6, pear: 0 });
		expect(Object.keys(view)).toEqual(['apple', 'pear']);
	});

	it('counts stock moves that arrive before the listing, and keeps them when it arrives', () => {
		const events = stored([
			['product-apple', stockReceived('apple', 7)],
			['product-apple', productListed('apple', 'Apple')]
		]);
		expect(foldProjection(stockLevels, events, options)).toEqual({ apple: 7 });
		expect(applyAll(stockLevels, stockLevels.init(), events)).toEqual([['apple'], []]);
	});

	it('reports the sku as the changed row', () => {
		const events = stored([
			['product-apple', productListed('apple', 'Apple')],
			['product-apple', stockReceived('apple', 1)],
			['product-apple', stockShipped('apple', 1)]
		]);
		expect(applyAll(stockLevels, stockLevels.init(), events)).toEqual([
			['apple'],
			['apple'],
			['apple']
		]);
	});
});
