/**
 * fast-check arbitraries for share-link specs: valid scenarios built from the examples, with
 * random settings, network, consumer options and interventions (every one checked by
 * `parseScenario`, so a spec only ever sees scenarios a user could have on screen).
 */
import fc from 'fast-check';
import {
	domainNames,
	examples,
	type Intervention,
	limits,
	parseScenario,
	type Scenario
} from '$lib/engine';

export function parsedExample(domain: (typeof domainNames)[number]): Scenario {
	const parsed = parseScenario(examples[domain]);
	if (!parsed.ok) throw new Error(`example ${domain} is invalid`);
	return parsed.scenario;
}

const probability = fc.oneof(
	fc.constantFrom(0, 0.05, 0.1, 0.5, 1),
	fc.double({ min: 0, max: 1, noNaN: true })
);

const optionsArb = fc.record(
	{
		eventStyle: fc.constantFrom('delta', 'absolute'),
		handlers: fc.integer({ min: 1, max: limits.handlersMax }),
		decideTicksMax: fc.integer({ min: 1, max: 10 }),
		retries: fc.integer({ min: 0, max: limits.retriesMax }),
		snapshotEvery: fc.integer({ min: 0, max: 50 }),
		publish: fc.constantFrom('dual-write', 'outbox'),
		publishCrash: probability,
		relayRestartTicks: fc.integer({ min: 1, max: 50 }),
		delivery: fc.constantFrom('at-most-once', 'at-least-once'),
		ackTimeout: fc.integer({ min: 1, max: 50 }),
		lowStockThreshold: fc.integer({ min: 0, max: 100 }),
		readYourWrites: fc.boolean(),
		catchUpPerTick: fc.integer({ min: 1, max: 20 })
	},
	{ requiredKeys: [] }
);

/** `count` interventions valid for `scenario` (message ids look like the engine's, `m<n>`). */
export function interventionsArb(scenario: Scenario, count: { min: number; max: number }) {
	const at = fc.integer({ min: 0, max: scenario.ticks });
	const message = fc.nat({ max: 999 }).map((n) => `m${n + 1}`);
	// A dual write has no relay to crash (the schema refuses such a target).
	const relay = scenario.options.publish === 'outbox' ? ['relay'] : [];
	const targets = [...relay, ...scenario.consumers.map((c) => c.id)];
	const target = fc.constantFrom(...targets);
	const one: fc.Arbitrary<Intervention> = fc.oneof(
		fc.record({ at, kind: fc.constant('drop' as const), message }),
		fc.record({ at, kind: fc.constant('duplicate' as const), message }),
		fc.record({
			at,
			kind: fc.constant('delay' as const),
			message,
			ticks: fc.integer({ min: 1, max: 20 })
		}),
		fc.record({
			at,
			kind: fc.constant('crash' as const),
			target,
			duration: fc.integer({ min: 1, max: 30 })
		}),
		fc.record({ at, kind: fc.constant('restart' as const), target })
	);
	return fc.array(one, { minLength: count.min, maxLength: count.max });
}

/** Any valid scenario a user could reach from an example by changing settings and poking. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
	.constantFrom(...domainNames)
	.map(parsedExample)
	.chain((example) =>
		fc
			.record({
				seed: fc.nat({ max: limits.seedMax }),
				extraTicks: fc.nat({ max: 100 }),
				title: fc.string({ maxLength: 40 }),
				options: optionsArb,
				drop: probability,
				duplicate: probability,
				delay: fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 })),
				idempotency: fc.constantFrom('none', 'dedupe-id', 'version-next'),
				interventions: interventionsArb(example, { min: 0, max: 25 })
			})
			.map((change) => ({
				...example,
				seed: change.seed,
				title: change.title,
				ticks: example.ticks + change.extraTicks,
				options: { ...example.options, ...change.options },
				network: {
					drop: change.drop,
					duplicate: change.duplicate,
					delayMin: change.delay[0],
					delayMax: change.delay[0] + change.delay[1]
				},
				consumers: example.consumers.map((c, i) =>
					i === 0 ? { ...c, idempotency: change.idempotency } : c
				),
				interventions: change.interventions
			}))
	)
	.filter((scenario) => parseScenario(scenario).ok);
