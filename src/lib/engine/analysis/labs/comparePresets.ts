/**
 * The comparison lab's presets: one scenario, run as two to four variants that differ only in
 * the setting being compared. Every variant keeps the base's seed, network and faults, so the
 * same network draws and the same crashes hit each one (the seed is split into independent
 * streams per subsystem; see engine/random.ts).
 */
import { parseScenario, formatScenarioErrors, type ScenarioInput } from '../../scenario/schema';
import type { Idempotency, Scenario, ScenarioOptions } from '../../scenario/types';

export interface VariantSpec {
	/** Stable id: the each-block key and the i18n key suffix of its name. */
	id: string;
	options: Partial<ScenarioOptions>;
	idempotency: Idempotency;
}

export interface ComparePreset {
	id: string;
	base: ScenarioInput;
	variants: readonly VariantSpec[];
}

/** A counter stream of `add(5)` every 3 ticks; `eventStyle` decides add(5) or set(15). */
const counterBase = (
	title: string,
	network: ScenarioInput['network'],
	options: ScenarioInput['options']
): ScenarioInput => ({
	format: 'eventscope/2',
	title,
	seed: 17,
	ticks: 150,
	domain: 'counter',
	// A queue unless a preset says otherwise: its copies overtake each other on the wire.
	options: { broker: 'queue', ...options },
	network,
	consumers: [{ id: 'view', readModel: 'counter-values' }],
	commands: [
		{ at: 2, every: 3, repeat: 30, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
	],
	// A client reads the view every 10 ticks, so stale reads can be counted.
	queries: Array.from({ length: 14 }, (_, i) => ({ at: 10 * (i + 1), consumer: 'view' }))
});

export const comparePresets: readonly ComparePreset[] = [
	{
		id: 'add-vs-set',
		base: counterBase(
			'add(5) vs set(15) under duplication and reordering',
			{ duplicate: 0.3, delayMin: 1, delayMax: 12 },
			{ delivery: 'at-least-once', ackTimeout: 16 }
		),
		variants: [
			{ id: 'add-none', options: { eventStyle: 'delta' }, idempotency: 'none' },
			{ id: 'set-none', options: { eventStyle: 'absolute' }, idempotency: 'none' },
			{ id: 'set-newer', options: { eventStyle: 'absolute' }, idempotency: 'version-newer' },
			{ id: 'add-dedupe', options: { eventStyle: 'delta' }, idempotency: 'dedupe-id' }
		]
	},
	{
		// The same set(15) events, the same network delays, under the two brokers: a log keeps
		// each partition in order, so even an unchecked set converges; a queue does not.
		id: 'brokers',
		base: counterBase(
			'set(15) under a log and under a queue',
			{ delayMin: 1, delayMax: 12 },
			{ eventStyle: 'absolute', delivery: 'at-least-once', ackTimeout: 30 }
		),
		variants: [
			{ id: 'log-set-none', options: { broker: 'log' }, idempotency: 'none' },
			{ id: 'queue-set-none', options: { broker: 'queue' }, idempotency: 'none' },
			{ id: 'queue-set-newer', options: { broker: 'queue' }, idempotency: 'version-newer' },
			{
				id: 'queue-add-none',
				options: { broker: 'queue', eventStyle: 'delta' },
				idempotency: 'none'
			}
		]
	},
	{
		id: 'delivery',
		base: counterBase(
			'at-most-once vs at-least-once on a lossy network',
			{ drop: 0.15, duplicate: 0.05, delayMin: 1, delayMax: 6 },
			{ eventStyle: 'delta', ackTimeout: 8 }
		),
		variants: [
			{ id: 'at-most-once', options: { delivery: 'at-most-once' }, idempotency: 'none' },
			{ id: 'at-least-once', options: { delivery: 'at-least-once' }, idempotency: 'none' },
			{
				id: 'at-least-once-dedupe',
				options: { delivery: 'at-least-once' },
				idempotency: 'dedupe-id'
			}
		]
	},
	{
		id: 'publish',
		base: counterBase(
			'dual write vs outbox when the publisher crashes',
			{ delayMin: 1, delayMax: 4 },
			{ eventStyle: 'delta', publishCrash: 0.15, relayRestartTicks: 4, delivery: 'at-least-once' }
		),
		variants: [
			{ id: 'dual-write', options: { publish: 'dual-write' }, idempotency: 'none' },
			{ id: 'outbox', options: { publish: 'outbox' }, idempotency: 'none' },
			{ id: 'outbox-dedupe', options: { publish: 'outbox' }, idempotency: 'dedupe-id' }
		]
	},
	{
		// The notes' opening point: a row updated in place plus a log written beside it, against
		// an event store. The same commands and crashes; the state's audit log and its lost set
		// messages are gone for good, the store's events are all there to publish again.
		id: 'storage',
		// Seed 3: the state's last set message is among those lost, so its view stays behind.
		base: {
			...counterBase(
				'state + audit log vs events',
				{ delayMin: 1, delayMax: 4 },
				{ eventStyle: 'delta', publishCrash: 0.15, delivery: 'at-least-once' }
			),
			seed: 3
		},
		variants: [
			{
				id: 'state-audit',
				options: { storage: 'state', publish: 'dual-write', logCrash: 0.15 },
				idempotency: 'none'
			},
			{ id: 'events-outbox', options: { publish: 'outbox' }, idempotency: 'dedupe-id' }
		]
	}
];

export const presetById = (id: string): ComparePreset | undefined =>
	comparePresets.find((p) => p.id === id);

/** The variant's scenario: the base with the variant's options and its consumer's idempotency. */
export function variantScenario(preset: ComparePreset, variant: VariantSpec): Scenario {
	const base = preset.base;
	const input: ScenarioInput = {
		...base,
		options: { ...base.options, ...variant.options },
		consumers: (base.consumers ?? []).map((c) => ({ ...c, idempotency: variant.idempotency }))
	};
	const parsed = parseScenario(input);
	if (!parsed.ok)
		throw new Error(`preset ${preset.id}/${variant.id}: ${formatScenarioErrors(parsed.errors)}`);
	return parsed.scenario;
}
