/**
 * fast-check arbitraries for whole scenarios: a workload of commands over a few streams, a
 * network, and a fault profile. Every generated scenario is valid by construction (it goes
 * through the real schema), so a failure prints a scenario anyone can paste into `npm run sim`.
 */
import fc from 'fast-check';
import type { ScenarioInput } from '../scenario/schema';

type Input = Omit<ScenarioInput, 'format'>;

export const counterCommands = fc.array(
	fc.record({
		at: fc.integer({ min: 1, max: 60 }),
		stream: fc.constantFrom('counter-1', 'counter-2', 'counter-3'),
		type: fc.constant('Add'),
		data: fc.record({ amount: fc.integer({ min: 1, max: 9 }) })
	}),
	{ minLength: 1, maxLength: 25 }
);

const sku = fc.constantFrom('apple', 'pear', 'fig');
export const cartCommands = fc.array(
	fc.oneof(
		fc.record({
			at: fc.integer({ min: 1, max: 60 }),
			stream: fc.constantFrom('cart-1', 'cart-2'),
			type: fc.constant('AddItem'),
			data: fc.record({ sku, qty: fc.integer({ min: 1, max: 3 }) })
		}),
		fc.record({
			at: fc.integer({ min: 1, max: 60 }),
			stream: fc.constantFrom('cart-1', 'cart-2'),
			type: fc.constant('RemoveItem'),
			data: fc.record({ sku })
		}),
		fc.record({
			at: fc.integer({ min: 1, max: 60 }),
			stream: fc.constantFrom('cart-1', 'cart-2'),
			type: fc.constant('Checkout'),
			data: fc.constant({})
		})
	),
	{ minLength: 1, maxLength: 25 }
);

export const network = fc
	.record({
		drop: fc.double({ min: 0, max: 0.3, noNaN: true }),
		duplicate: fc.double({ min: 0, max: 0.5, noNaN: true }),
		delayMin: fc.integer({ min: 1, max: 4 }),
		spread: fc.integer({ min: 0, max: 12 })
	})
	.map(({ spread, ...n }) => ({ ...n, delayMax: n.delayMin + spread }));

/** Crashes and partitions of the consumer and the relay, all within the busy first 80 ticks. */
export const faults = fc
	.array(
		fc.record({
			at: fc.integer({ min: 1, max: 80 }),
			kind: fc.constantFrom('crash' as const, 'partition' as const),
			target: fc.constantFrom('view', 'relay'),
			duration: fc.integer({ min: 1, max: 20 })
		}),
		{ maxLength: 4 }
	)
	.map((fs) => fs.filter((f) => !(f.kind === 'partition' && f.target === 'relay')));

export const seed = fc.integer({ min: 0, max: 0xffffffff });

/** A counter scenario with a lossy network and faults, then a long quiet tail. */
export const lossyCounter = (overrides: Partial<Input> = {}) =>
	fc
		.record({
			seed,
			commands: counterCommands,
			network,
			faults,
			handlers: fc.integer({ min: 1, max: 3 }),
			eventStyle: fc.constantFrom('delta' as const, 'absolute' as const),
			publishCrash: fc.double({ min: 0, max: 0.3, noNaN: true })
		})
		.map((a): Input => ({
			seed: a.seed,
			ticks: 900,
			domain: 'counter',
			options: {
				handlers: a.handlers,
				retries: 10,
				eventStyle: a.eventStyle,
				publishCrash: a.publishCrash,
				...overrides.options
			},
			network: a.network,
			commands: a.commands,
			// A dual write has no relay to crash (the schema refuses such a fault).
			faults:
				overrides.options?.publish === 'dual-write'
					? a.faults.filter((f) => f.target !== 'relay')
					: a.faults,
			...Object.fromEntries(Object.entries(overrides).filter(([k]) => k !== 'options'))
		}));
