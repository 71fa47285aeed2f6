import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cartCommands, cartDecider, type CartCommand, type CartState } from '../../domains/cart';
import type { DomainEvent } from '../../domains/decider';
import { readModelNames } from '../projection';
import { foldProjection, projections } from './index';
import { examples } from '../../scenario/examples';
import { parseScenario } from '../../scenario/schema';
import { simulate, worldAt } from '../../simulation';
import { truthOf } from '../truth';
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

	it('holds the same rows as the view, one by one too, for every read model at every tick of every example', () => {
		for (const example of Object.values(examples)) {
			const parsed = parseScenario(example);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			const run = simulate(parsed.scenario);
			for (let tick = 0; tick <= run.scenario.ticks; tick += 3) {
				const world = worldAt(run, tick);
				for (const c of world.consumers) {
					const projection = run.ctx.projectionOf[c.id];
					for (const state of [c.model, truthOf(run.ctx, world, c.id)]) {
						const options = run.ctx.projectionOptions;
						const rows = projection.rows(state, options);
						expect(rows).toEqual(rowsOfView(projection.view(state, options)));
						// `row` reads one row alike, and nothing for keys the view does not show.
						for (const key of new Set([...Object.keys(rows), ...Object.keys(state as object)]))
							expect(projection.row(state, key, options)).toEqual(
								Object.hasOwn(rows, key) ? rows[key] : undefined
							);
					}
				}
			}
		}
	});
});

describe('projections commute across streams', () => {
	// Stores promise order within a stream only (Kafka: within a partition), so a consumer that
	// applies each event once and each stream in order must end where the store-order fold ends,
	// whatever the interleaving. The invariants rely on this to skip refolding on every frame.
	it('any subset of a run, applied in any interleaving that keeps stream order, folds to the same state', () => {
		for (const example of Object.values(examples)) {
			const parsed = parseScenario(example);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			const run = simulate(parsed.scenario);
			const events = run.logs.events;
			const draw = fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), {
				minLength: events.length,
				maxLength: events.length
			});
			for (const spec of parsed.scenario.consumers) {
				const projection = run.ctx.projectionOf[spec.id];
				const fold = (order: readonly (typeof events)[number][]) => {
					const state = projection.init();
					for (const e of order) projection.apply(state, e, run.ctx.projectionOptions);
					return state;
				};
				fc.assert(
					fc.property(draw, (picks) => {
						const subset = events.filter((_, i) => picks[i][0]);
						// Shuffle, then put each stream's events back in stream order in its slots.
						const shuffled = [...subset].sort(
							(a, b) => picks[a.globalPosition - 1][1] - picks[b.globalPosition - 1][1]
						);
						const queues = new Map<string, typeof subset>();
						for (const e of subset) queues.set(e.streamId, [...(queues.get(e.streamId) ?? []), e]);
						const interleaved = shuffled.map((e) => queues.get(e.streamId)!.shift()!);
						expect(fold(interleaved)).toEqual(fold(subset));
					}),
					{ numRuns: 50 }
				);
			}
		}
	});
});
