import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cartCommands, cartDecider, type CartCommand, type CartState } from '../../domains/cart';
import type { DomainEvent } from '../../domains/decider';
import { readModelNames } from '../projection';
import { foldProjection, projections } from './index';
import { examples } from '../../scenario/examples';
import { parseScenario } from '../../scenario/schema';
import { simulate, worldAt } from '../../simulation';
import { options, stored } from './spec-helpers';

describe('projection registry', () => {
	it('has one projection per read model, under its own name', () => {
		expect(Object.keys(projections).sort()).toEqual([...readModelNames].sort());
		for (const name of readModelNames) expect(projections[name].name).toBe(name);
	});

	it('gives an empty view from an empty log, and a JSON-serializable state', () => {
		for (const projection of Object.values(projections)) {
			const state = projection.init();
			expect(JSON.parse(JSON.stringify(state))).toEqual(state);
			expect(foldProjection(projection, [], options)).toEqual(
				projection.name === 'low-stock' ? [] : {}
			);
		}
	});
});

describe('cart-contents agrees with the cart decider (the read side is the write side, replayed)', () => {
	const sku = fc.constantFrom('apple', 'pear');
	const command: fc.Arbitrary<[string, CartCommand]> = fc.tuple(
		fc.constantFrom('cart-1', 'cart-2'),
		fc.oneof(
			fc.tuple(sku, fc.integer({ min: 1, max: 3 })).map(([s, q]) => cartCommands.addItem(s, q)),
			sku.map(cartCommands.removeItem),
			fc.constant(cartCommands.checkout())
		)
	);

	it('for any commands, each cart row equals the state its stream folds to', () => {
		fc.assert(
			fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
				const decider = cartDecider();
				const states: Record<string, CartState> = {};
				const log: [string, DomainEvent][] = [];
				for (const [streamId, c] of commands) {
					const state = states[streamId] ?? decider.initialState;
					const decision = decider.decide(c, state);
					if (!decision.ok) continue;
					states[streamId] = decision.events.reduce(decider.evolve, state);
					for (const e of decision.events) log.push([streamId, e]);
				}
				const view = foldProjection(projections['cart-contents'], stored(log), options);
				expect(view).toEqual(states);
			})
		);
	});
});

describe('rows, the unordered form of a view the sandbox compares every frame', () => {
	/** A view's rows as `rows` gives them: records by key; lists by sku, without it. */
	function rowsOfView(view: unknown): Record<string, unknown> {
		if (!Array.isArray(view)) return view as Record<string, unknown>;
		return Object.fromEntries(view.map(({ sku, ...rest }) => [sku, rest]));
	}

	it('holds the same rows as the view, for every read model at every tick of every example', () => {
		for (const example of Object.values(examples)) {
			const parsed = parseScenario(example);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			const run = simulate(parsed.scenario);
			for (let tick = 0; tick <= run.scenario.ticks; tick += 3) {
				const world = worldAt(run, tick);
				for (const c of world.consumers) {
					const projection = run.ctx.projectionOf[c.id];
					for (const state of [c.model, world.truth[c.id]])
						expect(projection.rows(state, run.ctx.projectionOptions)).toEqual(
							rowsOfView(projection.view(state, run.ctx.projectionOptions))
						);
				}
			}
		}
	});
});
