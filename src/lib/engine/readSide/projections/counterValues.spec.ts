import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterEvents } from '../../domains/counter';
import { cartEvents } from '../../domains/cart';
import { counterValues } from './counterValues';
import { foldProjection } from './index';
import { applyAll, options, stored } from './spec-helpers';

const { added, valueSet } = counterEvents;

describe('counter-values', () => {
	it('adds Added amounts and sets ValueSet values, per stream', () => {
		const events = stored([
			['counter-2', added(5)],
			['counter-1', added(5)],
			['counter-1', added(-2)],
			['counter-2', valueSet(15)]
		]);
		expect(foldProjection(counterValues, events, options)).toEqual({
			'counter-1': 3,
			'counter-2': 15
		});
	});

	it('reports the stream id as the changed row, and ignores other events', () => {
		const state = counterValues.init();
		const events = stored([
			['counter-1', added(1)],
			['cart-1', cartEvents.checkedOut()]
		]);
		expect(applyAll(counterValues, state, events)).toEqual([['counter-1'], []]);
	});

	it('sorts its keys, so arrival order does not change the JSON', () => {
		const a = stored([
			['b', added(1)],
			['a', added(2)]
		]);
		const view = foldProjection(counterValues, a, options);
		expect(Object.keys(view)).toEqual(['a', 'b']);
		expect(JSON.stringify(view)).toBe(
			JSON.stringify(foldProjection(counterValues, [...a].reverse(), options))
		);
	});

	it('keeps streams named like Object.prototype members as ordinary rows', () => {
		const events = stored([
			['constructor', added(2)],
			['toString', valueSet(4)],
			['constructor', added(1)]
		]);
		expect(foldProjection(counterValues, events, options)).toEqual({ constructor: 3, toString: 4 });
	});
});

describe('counter-values and duplicates (the notes: add(5) vs set(15))', () => {
	const value = fc.integer({ min: -1e6, max: 1e6 });
	const prefix = fc.array(fc.oneof(value.map(added), value.map(valueSet)), { maxLength: 20 });

	it('a duplicated Added over-counts; a duplicated ValueSet changes nothing', () => {
		fc.assert(
			fc.property(prefix, value, fc.boolean(), (before, v, absolute) => {
				const event = absolute ? valueSet(v) : added(v);
				const once = stored([...before, event].map((e) => ['counter-1', e] as const));
				const twice = stored([...before, event, event].map((e) => ['counter-1', e] as const));
				const viewOnce = foldProjection(counterValues, once, options);
				const viewTwice = foldProjection(counterValues, twice, options);
				if (absolute) expect(viewTwice).toEqual(viewOnce);
				else expect(viewTwice['counter-1']).toBe(viewOnce['counter-1'] + v);
			})
		);
	});

	it('a duplicated non-zero Added does change the view', () => {
		const once = foldProjection(counterValues, stored([['c', added(5)]]), options);
		const twice = foldProjection(
			counterValues,
			stored([
				['c', added(5)],
				['c', added(5)]
			]),
			options
		);
		expect(once).toEqual({ c: 5 });
		expect(twice).toEqual({ c: 10 });
	});
});
