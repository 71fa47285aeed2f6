import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lossyCounter } from '../testing/arbitraries';
import { scenario, traceOf } from '../testing/scenarios';
import { createContext } from './createContext';
import { initialWorld, step } from './step';
import { simulate, simulation, withIntervention, worldAt } from './timeline';
import { report } from './report';

describe('time travel', () => {
	it('the world at any tick equals a fresh run stepped to that tick', () => {
		fc.assert(
			fc.property(lossyCounter(), fc.integer({ min: 0, max: 900 }), (input, tick) => {
				const s = scenario({
					...input,
					consumers: [{ id: 'view', readModel: 'counter-values', idempotency: 'none' }]
				});
				const r = simulate(s);
				const ctx = createContext(s);
				const fresh = initialWorld(ctx);
				while (fresh.tick < tick) step(ctx, fresh);
				expect(worldAt(r, tick)).toEqual(JSON.parse(JSON.stringify(fresh)));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('a run simulated a tick at a time (the sandbox does long runs in slices)', () => {
	it('yields every tick once, in order, and ends with the same run as simulating at once', () => {
		fc.assert(
			fc.property(lossyCounter(), (input) => {
				const s = scenario(input);
				const steps = simulation(s);
				const ticks: number[] = [];
				let next = steps.next();
				while (!next.done) {
					ticks.push(next.value);
					next = steps.next();
				}
				expect(ticks).toEqual(Array.from({ length: s.ticks }, (_, i) => i + 1));
				const whole = simulate(s);
				expect(report(next.value)).toEqual(report(whole));
				expect(next.value.checkpoints).toEqual(whole.checkpoints);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('forking the timeline with an intervention', () => {
	const base = scenario({
		ticks: 60,
		network: { drop: 0, duplicate: 0, delayMin: 4, delayMax: 4 },
		options: { delivery: 'at-most-once' },
		commands: [
			{ at: 1, every: 3, repeat: 5, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	});

	it('dropping a message in flight keeps the past, changes the future, and diverges the view', () => {
		const before = simulate(base);
		const sent = traceOf(before, 'MessageSent')[0];
		const at = sent.t + 1;
		const forked = simulate(withIntervention(base, { at, kind: 'drop', message: sent.message }));
		const past = (r: typeof before) => r.logs.trace.filter((x) => x.t < at);
		expect(past(forked)).toEqual(past(before));
		expect(traceOf(forked, 'MessageLost')).toEqual([
			{ t: at, type: 'MessageLost', message: sent.message, reason: 'intervention' }
		]);
		expect(report(before).readModels.view.converged).toBe(true);
		expect(report(forked).readModels.view.converged).toBe(false);
		expect(base.interventions).toEqual([]); // the original scenario is untouched
	});

	it('duplicating a message in flight over-counts add(5)', () => {
		const before = simulate(base);
		const sent = traceOf(before, 'MessageSent')[0];
		const forked = simulate(
			withIntervention(base, { at: sent.t + 1, kind: 'duplicate', message: sent.message })
		);
		expect(report(forked).counts.duplicated).toBe(1);
		expect(report(forked).readModels.view.state).toEqual({ 'counter-1': 30 });
	});

	it('crashing the consumer by hand loses what reaches it while down', () => {
		const forked = simulate(
			withIntervention(base, { at: 5, kind: 'crash', target: 'view', duration: 10 })
		);
		expect(traceOf(forked, 'NodeCrashed')[0]).toMatchObject({
			target: { kind: 'instance', consumer: 'view', instance: 0 },
			cause: 'intervention',
			until: 15
		});
		expect(traceOf(forked, 'MessageLost').every((m) => m.reason === 'crashed')).toBe(true);
		expect(report(forked).readModels.view.converged).toBe(false);
	});
});
