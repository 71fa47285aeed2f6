import { describe, expect, it } from 'vitest';
import { worldAt } from '../simulation';
import { run } from '../testing/scenarios';
import { compareRows, rowDiffs } from './modelVsTruth';
import { inFlightByConsumer, queriesAt, readModelsAt } from './readModels';
import { lastRecords, streamEvents, streamStateAt, streamsIn } from './streams';

describe('compareRows and rowDiffs', () => {
	const statuses = (model: object, truth: object) =>
		rowDiffs(compareRows(model as never, truth as never)).rows.map((r) => [r.key, r.status]);

	it.each([
		['same row', { a: 1 }, { a: 1 }, [['a', 'same']]],
		['a value that differs', { a: 10 }, { a: 5 }, [['a', 'differs']]],
		['a row the model lacks', {}, { a: 5 }, [['a', 'missing']]],
		['a row only the model has', { b: 1 }, {}, [['b', 'extra']]],
		[
			'nested rows compared whole',
			{ c: { items: { x: 1 } } },
			{ c: { items: { x: 2 } } },
			[['c', 'differs']]
		],
		['nested keys in another order', { c: { x: 1, y: 2 } }, { c: { y: 2, x: 1 } }, [['c', 'same']]]
	])('%s', (_name, model, truth, expected) => {
		expect(statuses(model, truth)).toEqual(expected);
	});

	it('lists the rows of both sides in key order, differing keys apart, and stops at the limit', () => {
		const comparison = compareRows({ b: 1, a: 2, d: 4 }, { c: 3, a: 2, b: 9 });
		expect(comparison).toMatchObject({ differing: 3, firstDiffering: 'b' });
		expect(rowDiffs(comparison, 2)).toEqual({
			total: 4,
			rows: [
				{ key: 'a', model: 2, truth: 2, status: 'same' },
				{ key: 'b', model: 1, truth: 9, status: 'differs' }
			]
		});
	});
});

describe('given add(5) twice over a duplicating network to a naive and a deduplicating consumer', () => {
	const { run: r } = run({
		title: 'read models',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		network: { duplicate: 1, delayMin: 1, delayMax: 1 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } }],
		queries: [{ at: 4, consumer: 'naive' }]
	});

	it('before delivery both lag by one event, a row missing', () => {
		const [naive] = readModelsAt(r, worldAt(r, 4));
		expect(naive).toMatchObject({
			converged: false,
			status: 'pending',
			eventsBehind: 1,
			ticksBehind: 1,
			applied: 0
		});
		expect(naive.rows).toEqual([
			{ key: 'counter-1', model: undefined, truth: 5, status: 'missing' }
		]);
	});

	it('after delivery the naive model counts 10 against a truth of 5; the deduplicated one converges', () => {
		const [naive, deduped] = readModelsAt(r, worldAt(r, 20));
		expect(naive).toMatchObject({
			converged: false,
			status: 'broken',
			applied: 2,
			distinctApplied: 1,
			skipped: 0,
			eventsBehind: 0
		});
		expect(naive.rows).toEqual([{ key: 'counter-1', model: 10, truth: 5, status: 'differs' }]);
		expect(deduped).toMatchObject({
			converged: true,
			status: 'holds',
			applied: 1,
			skipped: 1,
			idempotency: 'dedupe-id'
		});
	});

	it('the copies in flight are grouped per consumer, earliest arrival first', () => {
		const groups = inFlightByConsumer(r, worldAt(r, 4));
		expect(groups.map((g) => [g.consumer, g.copies.map((c) => c.cause)])).toEqual([
			['naive', ['publish', 'duplicate']],
			['deduped', ['publish', 'duplicate']]
		]);
	});

	it('the stale query says how far behind it was, from the tick it was answered', () => {
		expect(queriesAt(r, worldAt(r, 20).traceLength)).toMatchObject([
			{ t: 4, consumer: 'naive', stale: true, eventsBehind: 1 }
		]);
		expect(queriesAt(r, worldAt(r, 3).traceLength)).toEqual([]);
	});
});

describe('a stream at any version', () => {
	const { run: r } = run({
		title: 'stream',
		seed: 1,
		ticks: 20,
		domain: 'counter',
		consumers: [],
		commands: [
			{ at: 1, every: 2, repeat: 3, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	});

	it('is the fold of its first n events: state(n)', () => {
		expect(streamsIn(r.logs.events)).toEqual(['counter-1']);
		expect([0, 1, 2, 3].map((v) => streamStateAt(r, 'counter-1', v))).toEqual([
			{ value: 0 },
			{ value: 5 },
			{ value: 10 },
			{ value: 15 }
		]);
		expect(streamStateAt(r, 'counter-1', 99)).toEqual({ value: 15 });
		expect(streamEvents(r, 'counter-1', 2).map((e) => e.version)).toEqual([1, 2]);
		expect(streamStateAt(r, 'nothing', 3)).toEqual({ value: 0 });
	});
});

describe('the event store table at a cursor', () => {
	const { run: r } = run({
		title: 'two streams',
		seed: 1,
		ticks: 30,
		domain: 'counter',
		consumers: [],
		commands: [
			{ at: 1, every: 2, repeat: 6, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
			{ at: 2, every: 4, repeat: 3, stream: 'counter-2', type: 'Add', data: { amount: 1 } }
		]
	});

	it('shows the last rows at the store head, of all streams or one, and counts them all', () => {
		expect(r.logs.events).toHaveLength(9);
		const all = lastRecords(r, 6, null, 4);
		expect(all.total).toBe(6);
		expect(all.shown.map((e) => e.globalPosition)).toEqual([3, 4, 5, 6]);
		const one = lastRecords(r, 6, 'counter-2', 4);
		expect(one.shown.every((e) => e.streamId === 'counter-2' && e.globalPosition <= 6)).toBe(true);
		expect(one.total).toBe(
			r.logs.events.slice(0, 6).filter((e) => e.streamId === 'counter-2').length
		);
		expect(lastRecords(r, 0, null, 4)).toEqual({ shown: [], total: 0 });
		expect(lastRecords(r, 9, 'nothing', 4)).toEqual({ shown: [], total: 0 });
	});
});
