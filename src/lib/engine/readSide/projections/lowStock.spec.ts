import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inventoryEvents } from '../../domains/inventory';
import { foldProjection } from './index';
import { lowStock } from './lowStock';
import { applyAll, options, stored } from './spec-helpers';

const { productListed, stockReceived, stockShipped } = inventoryEvents;

describe('low-stock (threshold 10)', () => {
	it('lists the listed products below the threshold, sorted by sku, with their names', () => {
		const events = stored([
			['product-pear', productListed('pear', 'Pear')],
			['product-apple', productListed('apple', 'Apple')],
			['product-fig', productListed('fig', 'Fig')],
			['product-fig', stockReceived('fig', 10)],
			['product-apple', stockReceived('apple', 12)],
			['product-apple', stockShipped('apple', 3)]
		]);
		expect(foldProjection(lowStock, events, options)).toEqual([
			{ sku: 'apple', name: 'Apple', stock: 9 },
			{ sku: 'pear', name: 'Pear', stock: 0 }
		]);
	});

	it('joins a late listing with stock already counted (the join waits for the catalog)', () => {
		const state = lowStock.init();
		const [received, listed] = stored([
			['product-apple', stockReceived('apple', 3)],
			['product-apple', productListed('apple', 'Apple')]
		]);
		lowStock.apply(state, received, options);
		expect(lowStock.view(state, options)).toEqual([]);
		lowStock.apply(state, listed, options);
		expect(lowStock.view(state, options)).toEqual([{ sku: 'apple', name: 'Apple', stock: 3 }]);
	});

	it('reads the threshold from the options at view time', () => {
		const events = stored([
			['product-apple', productListed('apple', 'Apple')],
			['product-apple', stockReceived('apple', 12)]
		]);
		expect(foldProjection(lowStock, events, { lowStockThreshold: 10 })).toEqual([]);
		expect(foldProjection(lowStock, events, { lowStockThreshold: 13 })).toHaveLength(1);
	});

	it('reports a row as changed when it enters, moves within or leaves the view', () => {
		const events = stored([
			['product-apple', stockReceived('apple', 5)], // not listed yet: not shown
			['product-apple', productListed('apple', 'Apple')], // enters
			['product-apple', stockReceived('apple', 1)], // 6: moves within
			['product-apple', stockReceived('apple', 20)], // 26: leaves
			['product-apple', stockShipped('apple', 1)] // 25: still above, no view row changed
		]);
		expect(applyAll(lowStock, lowStock.init(), events)).toEqual([
			[],
			['apple'],
			['apple'],
			['apple'],
			[]
		]);
	});

	it('equals a brute-force filter of stock-levels joined with the catalog, in any arrival order', () => {
		const sku = fc.constantFrom('apple', 'pear', 'fig');
		const event = fc.oneof(
			sku.map((s) => productListed(s, s.toUpperCase())),
			fc.tuple(sku, fc.integer({ min: 1, max: 8 })).map(([s, q]) => stockReceived(s, q)),
			fc.tuple(sku, fc.integer({ min: 1, max: 8 })).map(([s, q]) => stockShipped(s, q))
		);
		fc.assert(
			fc.property(fc.array(event, { maxLength: 30 }), (list) => {
				const events = stored(list.map((e) => [`product-${e.data.sku}`, e] as const));
				const expected = ['apple', 'fig', 'pear'].flatMap((s) => {
					const mine = list.filter((e) => e.data.sku === s);
					if (!mine.some((e) => e.type === 'ProductListed')) return [];
					const moved = (type: string) =>
						mine
							.filter((e) => e.type === type)
							.reduce((n, e) => n + (e.data as { qty: number }).qty, 0);
					const stock = moved('StockReceived') - moved('StockShipped');
					return stock < options.lowStockThreshold
						? [{ sku: s, name: s.toUpperCase(), stock }]
						: [];
				});
				expect(foldProjection(lowStock, events, options)).toEqual(expected);
				expect(foldProjection(lowStock, [...events].reverse(), options)).toEqual(expected);
			})
		);
	});
});
