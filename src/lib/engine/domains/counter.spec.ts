import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counter, counterCommands, counterDecider, counterEvents, evolveCounter } from './counter';
import type { DeciderOptions, DomainEvent } from './decider';
import { expectFrozen, fold, specFor } from './spec-helpers';

const { add } = counterCommands;
const { added, valueSet } = counterEvents;
const styles: DeciderOptions['eventStyle'][] = ['delta', 'absolute'];

describe('counter, delta style: add(5)', () => {
	const given = specFor(counterDecider({ eventStyle: 'delta' }));

	it('records the amount added', () => {
		given([])
			.when(add(5))
			.then([added(5)]);
		given([added(5), added(-2)])
			.when(add(10))
			.then([added(10)]);
	});

	it('allows zero and negative amounts', () => {
		given([added(1)])
			.when(add(0))
			.then([added(0)]);
		given([added(1)])
			.when(add(-7))
			.then([added(-7)]);
	});
});

describe('counter, absolute style: set(15)', () => {
	const given = specFor(counterDecider({ eventStyle: 'absolute' }));

	it('records the value after the add', () => {
		given([])
			.when(add(5))
			.then([valueSet(5)]);
		given([valueSet(10)])
			.when(add(5))
			.then([valueSet(15)]);
	});

	it('folds a stream that mixes both styles', () => {
		given([added(3), valueSet(10), added(2)])
			.when(add(3))
			.then([valueSet(15)]);
	});
});

describe('counter rejections', () => {
	for (const eventStyle of styles) {
		// The engine's door parses each command first: malformed ones are refused there.
		const given = specFor(counter.decider({ eventStyle }));

		it(`rejects malformed data (${eventStyle})`, () => {
			given([])
				.when({ type: 'Add', data: { amount: 1.5 } })
				.thenRejects(/integer/);
			given([])
				.when({ type: 'Add', data: {} })
				.thenRejects(/amount must be an integer/);
			given([])
				.when({ type: 'Add', data: { amount: 2e6 } })
				.thenRejects(/at most 1000000/);
			given([])
				.when({ type: 'Add', data: { amount: -2e6 } })
				.thenRejects(/at least -1000000/);
			given([])
				.when({ type: 'Add', data: { amount: 1, by: 2 } })
				.thenRejects(/Unrecognized key/);
		});

		it(`rejects unknown commands (${eventStyle})`, () => {
			given([])
				.when({ type: 'Subtract', data: { amount: 1 } })
				.thenRejects(/no command 'Subtract'/);
		});

		it(`rejects an add that would leave the safe integers (${eventStyle})`, () => {
			given([valueSet(Number.MAX_SAFE_INTEGER)])
				.when(add(1))
				.thenRejects(/overflow/);
		});
	}
});

describe('counter definition', () => {
	it('accepts stream ids like counter-1 and refuses odd ones', () => {
		expect(counter.streamPattern.test('counter-1')).toBe(true);
		expect(counter.streamPattern.test('c.2_x')).toBe(true);
		expect(counter.streamPattern.test('-counter')).toBe(false);
		expect(counter.streamPattern.test('a b')).toBe(false);
	});

	it('lists every command with a schema', () => {
		expect(Object.keys(counter.commandData)).toEqual([...counter.commandTypes]);
	});
});

describe('counter properties', () => {
	const amounts = fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 60 });

	it('folding the decided events gives the sum of the adds, in both styles', () => {
		fc.assert(
			fc.property(amounts, fc.constantFrom(...styles), (adds, eventStyle) => {
				const decider = counterDecider({ eventStyle });
				const log: DomainEvent[] = [];
				let state = decider.initialState;
				for (const amount of adds) {
					const decision = decider.decide(add(amount), state);
					if (!decision.ok) throw new Error(decision.reason);
					expectFrozen(decision.events);
					log.push(...decision.events);
					state = decision.events.reduce(decider.evolve, state);
				}
				const sum = adds.reduce((a, b) => a + b, 0);
				expect(state.value).toBe(sum);
				expect(fold(decider, log).value).toBe(sum);
			})
		);
	});

	it('a duplicated ValueSet changes nothing; a duplicated Added over-counts', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (v, a) => {
				const s = evolveCounter({ value: v }, valueSet(v + a));
				expect(evolveCounter(s, valueSet(v + a))).toEqual(s);
				const t = evolveCounter({ value: v }, added(a));
				expect(evolveCounter(t, added(a)).value).toBe(v + 2 * a);
			})
		);
	});
});
