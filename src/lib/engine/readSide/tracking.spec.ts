import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	emptyTracking,
	extraApplies,
	recordApplied,
	timesApplied,
	totalApplied,
	unapplied
} from './tracking';

describe("a consumer's tracking table", () => {
	it('given events applied out of order, then the prefix closes once the gap is filled', () => {
		const c = emptyTracking();
		for (const p of [1, 3, 4]) recordApplied(c, p);
		expect(unapplied(c, 5)).toEqual([2, 5]);
		expect(c.contiguous).toBe(1);
		recordApplied(c, 2);
		expect(c.contiguous).toBe(4);
		expect(c.appliedAbove).toEqual({});
		expect(unapplied(c, 5)).toEqual([5]);
	});

	it('given a redelivered event applied again, then it counts as a repeat, not a new event', () => {
		const c = emptyTracking();
		expect(recordApplied(c, 1)).toBe(true);
		expect(recordApplied(c, 1)).toBe(false);
		expect(timesApplied(c, 1)).toBe(2);
		expect(c.distinctApplied).toBe(1);
		expect(extraApplies(c)).toBe(1);
	});

	it('answers exactly as a table with one count per position would', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 120 }), (applies) => {
				const c = emptyTracking();
				const table: Record<number, number> = {};
				for (const p of applies) {
					const first = !table[p];
					table[p] = (table[p] ?? 0) + 1;
					expect(recordApplied(c, p)).toBe(first);
				}
				for (let p = 1; p <= 41; p++) expect(timesApplied(c, p)).toBe(table[p] ?? 0);
				expect(totalApplied(c)).toBe(applies.length);
				expect(c.distinctApplied).toBe(Object.keys(table).length);
				expect(unapplied(c, 41)).toEqual(
					Array.from({ length: 41 }, (_, i) => i + 1).filter((p) => !table[p])
				);
				// Compact: nothing at or below the prefix is listed one by one.
				expect(Object.keys(c.appliedAbove).every((p) => Number(p) > c.contiguous + 1)).toBe(true);
			})
		);
	});
});
