import { describe, expect, it } from 'vitest';
import { run } from '../testing/scenarios';
import { copiesOf, lineageOf } from './lineage';

describe('given add(5) over a network that drops every original copy and duplicates every send', () => {
	// The original copy of each send is lost half way; its network duplicate gets through. Acks
	// are lost too, so at-least-once redelivers after the timeout.
	const { run: r } = run({
		title: 'lineage',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		network: { drop: 1, duplicate: 1, delayMin: 2, delayMax: 2 },
		consumers: [{ id: 'naive', readModel: 'counter-values', idempotency: 'none' }],
		commands: [{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } }]
	});
	const event = r.logs.events[0];
	const steps = lineageOf(r.logs.trace, event);

	it('starts with its command and its append', () => {
		expect(steps.slice(0, 5).map((s) => [s.t, s.kind])).toEqual([
			[2, 'received'],
			[2, 'loaded'],
			[3, 'appended'],
			[3, 'accepted'],
			[4, 'published']
		]);
		expect(steps[2]).toMatchObject({ stream: 'counter-1', version: 1, eventType: 'Added' });
	});

	it('follows every copy: the original lost, the duplicate delivered and applied to a row', () => {
		const rest = steps
			.slice(5, 10)
			.map((s) => ({ t: s.t, kind: s.kind, ...('message' in s ? { message: s.message } : {}) }));
		expect(rest).toEqual([
			{ t: 4, kind: 'sent', message: 'm1' },
			{ t: 4, kind: 'sent', message: 'm2' },
			{ t: 5, kind: 'lost', message: 'm1' },
			{ t: 6, kind: 'delivered', message: 'm2' },
			{ t: 6, kind: 'applied', message: 'm2' }
		]);
		expect(steps[5]).toMatchObject({ cause: 'publish', lostAt: 5 });
		expect(steps[6]).toMatchObject({ cause: 'duplicate', lostAt: null });
		expect(steps[7]).toMatchObject({ reason: 'network', consumer: 'naive' });
		expect(steps[9]).toMatchObject({ consumer: 'naive', rows: ['counter-1'], lag: 3 });
	});

	it('the lost ack brings a redelivery, applied a second time', () => {
		const kinds = steps.map((s) => s.kind);
		expect(kinds.filter((k) => k === 'ackSent')).toHaveLength(2);
		expect(steps.find((s) => s.kind === 'sent' && s.cause === 'redelivery')).toMatchObject({
			t: 16
		});
		expect(steps.filter((s) => s.kind === 'applied').map((s) => s.t)).toEqual([6, 18]);
	});

	it('stops at the cursor: only the trace prefix counts', () => {
		const at = r.logs.trace.findIndex((x) => x.t > 5);
		expect(lineageOf(r.logs.trace, event, at).map((s) => s.kind)).toEqual([
			'received',
			'loaded',
			'appended',
			'accepted',
			'published',
			'sent',
			'sent',
			'lost'
		]);
	});

	it('copiesOf gives each copy with its cause, fate and outcome', () => {
		const copies = copiesOf(r.logs.trace, 1);
		expect(
			copies.filter((c) => c.kind === 'event').map((c) => [c.message, c.cause, c.fate, c.outcome])
		).toEqual([
			['m1', 'publish', 'lost', null],
			['m2', 'duplicate', 'delivered', 'applied'],
			['m4', 'redelivery', 'lost', null],
			['m5', 'duplicate', 'delivered', 'applied']
		]);
		const atSix = r.logs.trace.findIndex((x) => x.t > 4);
		expect(copiesOf(r.logs.trace, 1, atSix, 4).map((c) => c.fate)).toEqual([
			'inFlight',
			'inFlight'
		]);
	});
});

describe('given a duplicating network, a deduplicating consumer and a late ack', () => {
	const { run: r } = run({
		title: 'skip',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		network: { duplicate: 1, delayMin: 1, delayMax: 1 },
		consumers: [{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }],
		commands: [{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } }]
	});

	it('shows the duplicate skipped and the delivery acked once', () => {
		const steps = lineageOf(r.logs.trace, r.logs.events[0]);
		expect(steps.find((s) => s.kind === 'skipped')).toMatchObject({
			consumer: 'deduped',
			reason: 'duplicate',
			t: 5
		});
		expect(steps.filter((s) => s.kind === 'acked')).toHaveLength(1);
	});

	it('an ack for a settled delivery arrives without a trace record: copiesOf still ends it', () => {
		const acks = copiesOf(r.logs.trace, 1, r.logs.trace.length, 20).filter((c) => c.kind === 'ack');
		expect(acks.map((c) => c.fate)).toEqual(['delivered', 'delivered']);
	});
});
