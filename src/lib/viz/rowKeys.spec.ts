import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowKeys, type LogWindow } from './rowKeys';

const keysOf = (offsetFor: (w: LogWindow) => number, w: LogWindow) => {
	const offset = offsetFor(w);
	return Array.from({ length: w.count }, (_, i) => w.first + i - offset);
};

describe('event-store row keys', () => {
	it('keeps a record on its row while the window scrolls by a step', () => {
		const offsetFor = rowKeys();
		const before = keysOf(offsetFor, { log: '', first: 100, count: 20 });
		const after = keysOf(offsetFor, { log: '', first: 102, count: 20 });
		// Records 102..119 were rows 2..19 and keep their keys; two rows leave, two arrive.
		expect(after.slice(0, 18)).toEqual(before.slice(2));
		expect(new Set([...before, ...after]).size).toBe(22);
	});

	it('gives the rows of a far jump the keys of the rows already on screen', () => {
		const offsetFor = rowKeys();
		const before = keysOf(offsetFor, { log: '', first: 9000, count: 20 });
		expect(keysOf(offsetFor, { log: '', first: 40, count: 20 })).toEqual(before);
		expect(keysOf(offsetFor, { log: 'counter-1', first: 3, count: 20 })).toEqual(before);
	});

	it('never gives two rows of a window the same key, and a record keeps its key while windows overlap', () => {
		const window = fc.record({
			log: fc.constantFrom('', 'a'),
			first: fc.nat(200),
			count: fc.integer({ min: 0, max: 25 })
		});
		fc.assert(
			fc.property(fc.array(window, { minLength: 1, maxLength: 30 }), (windows) => {
				const offsetFor = rowKeys();
				let previous: { w: LogWindow; keys: Map<number, number> } | null = null;
				for (const w of windows) {
					const keys = keysOf(offsetFor, w);
					expect(new Set(keys).size).toBe(keys.length);
					const byIndex = new Map(keys.map((k, i) => [w.first + i, k]));
					if (previous && previous.w.log === w.log) {
						const overlaps =
							w.first < previous.w.first + previous.w.count && previous.w.first < w.first + w.count;
						if (overlaps)
							for (const [index, key] of byIndex)
								if (previous.keys.has(index)) expect(previous.keys.get(index)).toBe(key);
					}
					previous = { w, keys: byIndex };
				}
			})
		);
	});
});
