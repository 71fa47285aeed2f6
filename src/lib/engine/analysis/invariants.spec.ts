import { describe, expect, it } from 'vitest';
import { worldAt, type Run } from '../simulation';
import { run } from '../testing/scenarios';
import { checkInvariants, type InvariantCheck, type InvariantId } from './invariants';

const check = (r: Run, tick: number, id: InvariantId, consumer: string | null): InvariantCheck =>
	checkInvariants(r, worldAt(r, tick)).find((c) => c.id === id && c.consumer === consumer)!;

const addFive = { at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } };
const naive = { id: 'naive', readModel: 'counter-values', idempotency: 'none' } as const;
const deduped = { id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' } as const;

describe('given add(5) and a network that duplicates every copy', () => {
	// Appended at 3, published at 4, both copies arrive at 5 (trace index 14 = the second apply).
	const { run: r } = run({
		title: 'dup',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		network: { duplicate: 1, delayMin: 1, delayMax: 1 },
		consumers: [naive, deduped],
		commands: [addFive]
	});

	it('while the copies are on their way the read models are pending, not broken', () => {
		expect(check(r, 4, 'readModelIsFold', 'naive')).toMatchObject({ status: 'pending', events: 1 });
		expect(check(r, 4, 'noDoubleApply', 'naive').status).toBe('holds');
	});

	it('the naive consumer breaks "no event applied twice" and "read model = fold" at the second apply', () => {
		const first = { reason: 'appliedTwice', tick: 5, position: 1, traceIndex: 14 };
		for (const tick of [5, 20]) {
			expect(check(r, tick, 'noDoubleApply', 'naive')).toMatchObject({
				status: 'broken',
				breach: first
			});
			expect(check(r, tick, 'readModelIsFold', 'naive')).toMatchObject({
				status: 'broken',
				breach: first
			});
		}
		expect(r.logs.trace[14]).toMatchObject({
			type: 'EventApplied',
			consumer: 'naive',
			position: 1
		});
	});

	it('the deduplicating consumer keeps every invariant', () => {
		for (const id of ['readModelIsFold', 'noDoubleApply', 'streamOrderKept'] as const)
			expect(check(r, 20, id, 'deduped').status).toBe('holds');
	});
});

describe('given two set(...) events and the first copy to the naive consumer delayed 10 ticks', () => {
	const { run: r } = run({
		title: 'order',
		seed: 1,
		ticks: 30,
		domain: 'counter',
		options: { eventStyle: 'absolute', delivery: 'at-most-once' },
		network: { delayMin: 1, delayMax: 1 },
		consumers: [naive, { id: 'gate', readModel: 'counter-values', idempotency: 'version-next' }],
		commands: [addFive, { ...addFive, at: 4 }],
		interventions: [{ at: 5, kind: 'delay', message: 'm1', ticks: 10 }]
	});

	it('before the late copy arrives, every invariant holds', () => {
		expect(checkInvariants(r, worldAt(r, 14)).every((c) => c.status === 'holds')).toBe(true);
	});

	it('the late version 1 applied after version 2 breaks per-stream order and the fold', () => {
		const breach = { reason: 'outOfOrder', tick: 15, position: 1 };
		expect(check(r, 15, 'streamOrderKept', 'naive')).toMatchObject({ status: 'broken', breach });
		expect(check(r, 30, 'readModelIsFold', 'naive')).toMatchObject({ status: 'broken', breach });
	});

	it('a version gate keeps the order', () => {
		expect(check(r, 30, 'streamOrderKept', 'gate').status).toBe('holds');
		expect(check(r, 30, 'readModelIsFold', 'gate').status).toBe('holds');
	});
});

describe('given at-most-once delivery over a network that drops everything', () => {
	const { run: r } = run({
		title: 'drop',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		options: { delivery: 'at-most-once' },
		network: { drop: 1, delayMin: 2, delayMax: 2 },
		consumers: [naive],
		commands: [addFive]
	});

	it('a copy still on the wire is pending, even if it is doomed', () => {
		expect(check(r, 4, 'readModelIsFold', 'naive').status).toBe('pending');
	});

	it('once the only copy is lost, the event can never arrive: broken at the loss', () => {
		expect(check(r, 5, 'readModelIsFold', 'naive')).toMatchObject({
			status: 'broken',
			events: 1,
			breach: { reason: 'lostForGood', tick: 5, position: 1, traceIndex: 7 }
		});
		expect(r.logs.trace[7]).toMatchObject({ type: 'MessageLost', message: 'm1' });
		expect(check(r, 20, 'everyEventPublished', null).status).toBe('holds');
	});
});

describe('given a dual write that always crashes between append and publish', () => {
	const { run: r } = run({
		title: 'dual write',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		options: { publish: 'dual-write', publishCrash: 1 },
		consumers: [naive],
		commands: [addFive]
	});

	it('"every appended event published" breaks at the append, and so does the read model', () => {
		const breach = { reason: 'publishLost', tick: 3, position: 1 };
		expect(check(r, 2, 'everyEventPublished', null).status).toBe('holds');
		expect(check(r, 3, 'everyEventPublished', null)).toMatchObject({
			status: 'broken',
			events: 1,
			breach
		});
		expect(check(r, 20, 'readModelIsFold', 'naive')).toMatchObject({ status: 'broken', breach });
	});
});

describe('given the outbox relay', () => {
	const { run: r } = run({
		title: 'outbox',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		options: { publish: 'outbox' },
		consumers: [deduped],
		commands: [addFive]
	});

	it('an event appended but not yet relayed is pending, then published', () => {
		expect(check(r, 3, 'everyEventPublished', null)).toMatchObject({
			status: 'pending',
			events: 1
		});
		expect(check(r, 20, 'everyEventPublished', null).status).toBe('holds');
	});
});

describe('the example counter scenario (at-least-once, duplicating network)', () => {
	it('breaks the naive consumer and never the deduplicating one, whatever the tick', () => {
		const { run: r } = run({
			title: 'example',
			seed: 7,
			ticks: 120,
			domain: 'counter',
			options: { eventStyle: 'delta', delivery: 'at-least-once', ackTimeout: 4 },
			network: { duplicate: 0.1, delayMin: 1, delayMax: 6 },
			consumers: [naive, deduped],
			commands: [{ ...addFive, at: 5, every: 5, repeat: 20 }]
		});
		for (let tick = 0; tick <= 120; tick += 7) {
			const checks = checkInvariants(r, worldAt(r, tick));
			for (const c of checks) {
				if (c.consumer === 'deduped') expect(c.status, `tick ${tick} ${c.id}`).not.toBe('broken');
				if (c.status === 'broken') expect(c.breach!.tick).toBeLessThanOrEqual(tick);
			}
		}
		expect(check(r, 120, 'noDoubleApply', 'naive').breach).toMatchObject({ tick: 14, position: 1 });
	});
});

describe('given a log broker and a consumer that crashes with records on the wire', () => {
	const scene = (delivery: 'at-least-once' | 'at-most-once') =>
		run({
			title: 'log crash',
			seed: 1,
			ticks: 40,
			domain: 'counter',
			options: { broker: 'log', delivery, partitions: 1, sessionTimeout: 3 },
			network: { delayMin: 4, delayMax: 4 },
			consumers: [naive],
			commands: [addFive, { ...addFive, at: 3 }],
			// The records are fetched at 5 and 6 and would arrive at 9 and 10.
			faults: [{ at: 7, kind: 'crash', target: 'naive', duration: 5 }]
		}).run;

	it('at-least-once: the read model is only behind; it reads again from the committed offset', () => {
		const r = scene('at-least-once');
		expect(check(r, 8, 'readModelIsFold', 'naive')).toMatchObject({ status: 'pending', events: 2 });
		expect(check(r, 40, 'readModelIsFold', 'naive').status).toBe('holds');
	});

	it('at-most-once: what was committed on fetch and cut off by the crash is lost for good', () => {
		const r = scene('at-most-once');
		expect(check(r, 8, 'readModelIsFold', 'naive')).toMatchObject({
			status: 'broken',
			events: 2,
			breach: { reason: 'lostForGood', tick: 7, position: 1 }
		});
		expect(check(r, 40, 'readModelIsFold', 'naive').status).toBe('broken');
	});
});
