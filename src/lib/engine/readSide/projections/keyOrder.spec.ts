import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, sortedKeys } from './keyOrder';

const recordOf = (keys: readonly string[]): Record<string, number> => {
	const out: Record<string, number> = {};
	keys.forEach((key, i) => Object.defineProperty(out, key, { value: i, enumerable: true }));
	return out;
};

describe('sortedKeys, the remembered key order behind large views', () => {
	it('always gives what a plain sort gives, however the key sets grow, shrink or change', () => {
		// Key sets large enough to use the remembered order, drawn from a small alphabet so that
		// successive sets share most keys, as successive views of one run do.
		const keySet = fc.uniqueArray(
			fc.oneof(
				fc.integer({ min: 1, max: 400 }).map((i) => `counter-${i}`),
				fc.string({ maxLength: 3 })
			),
			{ minLength: 0, maxLength: 300 }
		);
		fc.assert(
			fc.property(fc.array(keySet, { minLength: 1, maxLength: 12 }), (sets) => {
				for (const keys of sets)
					expect(sortedKeys(recordOf(keys))).toEqual([...keys].sort(compareKeys));
			}),
			{ numRuns: 200 }
		);
	});

	it('orders by code unit (upper case first), keys named like prototype members included', () => {
		const keys = Array.from({ length: 100 }, (_, i) => `k${i}`).concat(['B', 'a', '__proto__']);
		const sorted = sortedKeys(recordOf(keys));
		expect(sorted.slice(0, 3)).toEqual(['B', '__proto__', 'a']);
		expect(sorted).toHaveLength(103);
	});

	it('stays exact after the keys of an earlier, much larger run', () => {
		sortedKeys(recordOf(Array.from({ length: 5000 }, (_, i) => `old-${i}`)));
		expect(sortedKeys(recordOf(Array.from({ length: 70 }, (_, i) => `new-${69 - i}`)))).toEqual(
			Array.from({ length: 70 }, (_, i) => `new-${i}`).sort(compareKeys)
		);
	});
});
