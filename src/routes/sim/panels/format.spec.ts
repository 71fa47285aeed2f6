import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, typeWithBreaks } from './format';

describe('event types in a narrow column', () => {
	it('may wrap between the words of a type, and nowhere else', () => {
		expect(typeWithBreaks('ProductListed')).toBe('Product\u200bListed');
		expect(typeWithBreaks('UsernameReserved')).toBe('Username\u200bReserved');
		expect(typeWithBreaks('Added')).toBe('Added');
		expect(typeWithBreaks('ItemAddedToCart')).toBe('Item\u200bAdded\u200bTo\u200bCart');
	});

	it('reads the same once the breaks are taken out (what a copy or a screen reader gets)', () => {
		for (const type of ['StockShipped', 'ValueSet', 'Added', 'URLChanged'])
			expect(typeWithBreaks(type).replaceAll('\u200b', '')).toBe(type);
	});
});

describe('event data in a narrow column', () => {
	it('is compact JSON with a space after each comma between members, where it may wrap', () => {
		expect(compact({ amount: 5 })).toBe('{"amount":5}');
		expect(compact({ sku: 'apple', qty: 3 })).toBe('{"sku":"apple", "qty":3}');
		expect(compact({ items: [1, 2], at: { x: 'a,b' } })).toBe('{"items":[1, 2], "at":{"x":"a,b"}}');
		expect(compact(undefined)).toBe('—');
	});

	it('is still the same JSON: it parses to the value it shows', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(JSON.parse(compact(value))).toEqual(JSON.parse(JSON.stringify(value)));
			})
		);
	});
});
