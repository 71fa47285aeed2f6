import { describe, expect, it } from 'vitest';
import { simulate, worldAt } from '../simulation';
import { run } from '../testing/scenarios';
import { divergenceAt } from './divergence';
import { comparePresets, presetById, variantScenario } from './labs/comparePresets';

const finalOf = (presetId: string, variantId: string) => {
	const preset = presetById(presetId)!;
	const r = simulate(
		variantScenario(
			preset,
			preset.variants.find((v) => v.id === variantId)!
		)
	);
	return divergenceAt(r, r.final, 'view');
};

describe('why a read model diverged, from the trace', () => {
	it('given add(5) with no idempotency under duplication, then an event was applied twice', () => {
		const d = finalOf('add-vs-set', 'add-none');
		expect(d.converged).toBe(false);
		expect(d.reasons[0]).toMatchObject({ kind: 'applied-twice' });
	});

	it('given set(15) with no version check under reordering, then an older value came after a newer', () => {
		const d = finalOf('add-vs-set', 'set-none');
		expect(d.converged).toBe(false);
		expect(d.reasons.map((r) => r.kind)).not.toContain('applied-twice');
		const first = d.reasons[0];
		expect(first.kind).toBe('older-after-newer');
		if (first.kind === 'older-after-newer') expect(first.after).toBeGreaterThan(first.position);
	});

	it('given set(15) with a version gate, or add(5) deduplicated by id, then it converges', () => {
		expect(finalOf('add-vs-set', 'set-newer')).toMatchObject({ converged: true, reasons: [] });
		expect(finalOf('add-vs-set', 'add-dedupe')).toMatchObject({ converged: true, reasons: [] });
	});

	it('given at-most-once on a lossy network, then events are lost and never applied', () => {
		const d = finalOf('delivery', 'at-most-once');
		expect(d.converged).toBe(false);
		expect(d.reasons[0].kind).toBe('lost');
		expect(d.behind).toBeGreaterThan(0);
	});

	it('given at-least-once without dedupe, then redeliveries are applied twice; with dedupe it converges', () => {
		expect(finalOf('delivery', 'at-least-once').reasons[0].kind).toBe('applied-twice');
		expect(finalOf('delivery', 'at-least-once-dedupe').converged).toBe(true);
	});

	it('given a dual write whose publisher crashes, then events are never published', () => {
		const d = finalOf('publish', 'dual-write');
		expect(d.reasons[0].kind).toBe('never-published');
	});

	it('given an outbox whose relay crashes, then it publishes again (at-least-once), so dedupe is needed', () => {
		expect(finalOf('publish', 'outbox').reasons[0].kind).toBe('applied-twice');
		expect(finalOf('publish', 'outbox-dedupe').converged).toBe(true);
	});

	it('a model that is only behind has no reason: that is lag, not a bug', () => {
		const { run: r } = run({
			ticks: 20,
			network: { delayMin: 5, delayMax: 5 },
			commands: [{ at: 1, stream: 'counter-1', type: 'Add', data: { amount: 5 } }]
		});
		const d = divergenceAt(r, worldAt(r, 3), 'view');
		expect(d).toMatchObject({ converged: false, behind: 1, reasons: [] });
		expect(divergenceAt(r, r.final, 'view').converged).toBe(true);
	});

	it('refuses an unknown consumer', () => {
		const { run: r } = run({ ticks: 2 });
		expect(() => divergenceAt(r, r.final, 'nope')).toThrow(/nope/);
	});
});

describe('compare presets', () => {
	it('every variant is a valid scenario sharing the seed, network and faults of its preset', () => {
		for (const preset of comparePresets) {
			const scenarios = preset.variants.map((v) => variantScenario(preset, v));
			expect(scenarios.length).toBeGreaterThanOrEqual(2);
			expect(scenarios.length).toBeLessThanOrEqual(4);
			for (const s of scenarios) {
				expect(s.seed).toBe(scenarios[0].seed);
				expect(s.network).toEqual(scenarios[0].network);
				expect(s.faults).toEqual(scenarios[0].faults);
			}
		}
	});
});

describe('reordered sums are lag, not divergence', () => {
	it('add(5) with dedupe under reordering has no reason to diverge, only events on their way', () => {
		const { run: r } = run({
			seed: 17,
			ticks: 150,
			network: { drop: 0, duplicate: 0.3, delayMin: 1, delayMax: 12 },
			consumers: [{ id: 'view', readModel: 'counter-values', idempotency: 'dedupe-id' }],
			commands: [
				{ at: 1, every: 3, repeat: 30, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
			]
		});
		for (let tick = 0; tick <= 150; tick += 5) {
			const reasons = divergenceAt(r, worldAt(r, tick), 'view').reasons;
			expect(reasons.filter((x) => x.kind === 'older-after-newer')).toEqual([]);
		}
	});
});
