/**
 * Links made before scenario format v2 (no `f` in the link): their patch was taken against the
 * v1 defaults below, and against a lesson's scenario as v1 wrote it. Both are frozen here, so such
 * a link reopens exactly what it showed: the patched v1 scenario is migrated by `parseScenario`
 * (a v1 broker was a queue; its `version-gate` is `version-next`).
 */
import type { Scenario } from '$lib/engine';

/** Every default of format v1, as v1 filled them in. Never change: links depend on it. */
export const v1Defaults: unknown = Object.freeze({
	format: 'eventscope/1',
	title: 'Untitled',
	seed: 1,
	ticks: 200,
	domain: 'counter',
	options: {
		eventStyle: 'delta',
		handlers: 1,
		decideTicksMax: 1,
		retries: 3,
		snapshotEvery: 0,
		publish: 'outbox',
		publishCrash: 0,
		relayRestartTicks: 5,
		delivery: 'at-least-once',
		ackTimeout: 12,
		uniqueness: 'none',
		lowStockThreshold: 10,
		readYourWrites: false,
		catchUpPerTick: 5
	},
	network: {
		drop: 0,
		duplicate: 0,
		delayMin: 1,
		delayMax: 1
	},
	consumers: [
		{
			id: 'view',
			readModel: 'counter-values',
			idempotency: 'none',
			instances: 1,
			startAt: 0
		}
	],
	commands: [],
	faults: [],
	queries: [],
	interventions: []
});

const v2Only = ['broker', 'partitions', 'commitEvery', 'sessionTimeout'] as const;

/**
 * A v2 scenario as v1 wrote it, if v1 could say it: a queue broker and no v2-only idempotency.
 * A lesson's base scenario must look like this for its old links' fingerprints to match.
 */
export function asV1(scenario: Scenario): unknown | undefined {
	if (scenario.options.broker !== 'queue') return undefined;
	if (scenario.consumers.some((c) => c.idempotency === 'version-newer')) return undefined;
	const options: Record<string, unknown> = { ...scenario.options };
	for (const key of v2Only) delete options[key];
	return {
		...scenario,
		format: 'eventscope/1',
		options,
		consumers: scenario.consumers.map((c) =>
			c.idempotency === 'version-next' ? { ...c, idempotency: 'version-gate' } : c
		)
	};
}
