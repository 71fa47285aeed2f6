import { describe, expect, it } from 'vitest';
import { typeWithBreaks } from './format';

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
