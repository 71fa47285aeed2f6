import { describe, expect, it } from 'vitest';
import type { TraceRecord } from '$lib/engine';
import {
	copyMark,
	copyShapes,
	flashGlyphs,
	flashOf,
	flashOpacity,
	flashesByNode,
	recentFlashes,
	sendOf
} from './marks';

const clientOf = () => 'ann';

describe('copyMark: every kind of copy has its own shape', () => {
	it.each([
		[{ kind: 'event', cause: 'publish' }, 'event', 'circle'],
		[{ kind: 'event', cause: 'duplicate' }, 'duplicate', 'diamond'],
		[{ kind: 'event', cause: 'intervention' }, 'duplicate', 'diamond'],
		[{ kind: 'event', cause: 'redelivery' }, 'redelivery', 'square'],
		[{ kind: 'ack', cause: 'publish' }, 'ack', 'triangle']
	] as const)('%o is a %s (%s)', (copy, mark, shape) => {
		expect(copyMark(copy)).toBe(mark);
		expect(copyShapes[mark]).toBe(shape);
	});

	it('no two copy marks share a shape, and every flash has a glyph', () => {
		expect(new Set(Object.values(copyShapes)).size).toBe(4);
		for (const glyph of Object.values(flashGlyphs)) expect(glyph.length).toBeGreaterThan(0);
	});
});

describe('flashOf: where a trace record shows', () => {
	it('a conflict flashes on its handler', () => {
		const r: TraceRecord = {
			t: 5,
			type: 'AppendConflict',
			command: 'c2',
			handler: 'h2',
			stream: 's',
			expected: 1,
			actual: 2,
			attempt: 1
		};
		expect(flashOf(r, 9, clientOf)).toMatchObject({ key: 'handler:h2', mark: 'conflict', seq: 9 });
	});

	it('a skipped copy flashes on the instance that skipped it (0-based)', () => {
		const r: TraceRecord = {
			t: 5,
			type: 'EventSkipped',
			consumer: 'gated',
			instance: 1,
			position: 4,
			message: 'm3',
			reason: 'duplicate'
		};
		expect(flashOf(r, 0, clientOf)).toMatchObject({
			key: 'instance:gated#1',
			mark: 'skip',
			label: '#4'
		});
	});

	it('a crash of gated#2 flashes on instance index 1; of a single consumer on index 0', () => {
		const crash = (consumer: string, instance: number): TraceRecord => ({
			t: 1,
			type: 'NodeCrashed',
			target: { kind: 'instance', consumer, instance },
			until: 9,
			cause: 'intervention'
		});
		expect(flashOf(crash('gated', 1), 0, clientOf)?.key).toBe('instance:gated#1');
		expect(flashOf(crash('naive', 0), 0, clientOf)?.key).toBe('instance:naive#0');
	});

	it('a stale read flashes on its query with how far behind it was', () => {
		const r: TraceRecord = {
			t: 5,
			type: 'QueryAnswered',
			query: 0,
			consumer: 'naive',
			client: 'ann',
			stale: true,
			eventsBehind: 3,
			ticksBehind: 4,
			waitedTicks: 0
		};
		expect(flashOf(r, 0, clientOf)).toMatchObject({ key: 'query:naive', mark: 'stale' });
		expect(flashOf(r, 0, clientOf)?.label).toContain('3');
	});

	it('a command received flashes on the client that sent it', () => {
		const r: TraceRecord = {
			t: 1,
			type: 'CommandReceived',
			command: 'c1',
			stream: 's',
			commandType: 'Add'
		};
		expect(flashOf(r, 0, clientOf)?.key).toBe('client:ann');
	});
});

describe('recentFlashes: the trace near the cursor', () => {
	const appended = (t: number, position: number): TraceRecord => ({
		t,
		type: 'EventAppended',
		command: 'c1',
		position,
		stream: 's',
		version: position,
		eventType: 'Added'
	});
	const trace = [1, 2, 3, 4, 5, 6].map((t) => appended(t, t));

	it('given the cursor at tick 5 and a window of 3, shows ticks 3..5 only, oldest first', () => {
		const flashes = recentFlashes(trace, 5, 5, 3, clientOf);
		expect(flashes.map((f) => f.t)).toEqual([3, 4, 5]);
	});

	it('never shows what lies beyond the trace length visible at the cursor', () => {
		expect(recentFlashes(trace, 2, 5, 3, clientOf).map((f) => f.t)).toEqual([]);
		expect(recentFlashes(trace, 3, 3, 3, clientOf).map((f) => f.t)).toEqual([1, 2, 3]);
	});

	it('flashesByNode keeps the newest per node', () => {
		const byNode = flashesByNode(recentFlashes(trace, 6, 6, 6, clientOf), 2);
		expect(byNode.get('store')?.map((f) => f.t)).toEqual([5, 6]);
	});

	it('a flash fades with age but stays faintly visible through its window', () => {
		expect(flashOpacity(5, 5, 3)).toBe(1);
		expect(flashOpacity(5, 6.5, 3)).toBeCloseTo(0.5, 9);
		expect(flashOpacity(5, 7.9, 3)).toBe(0.25);
		expect(flashOpacity(5, 4, 3)).toBe(0);
	});
});

describe('sendOf', () => {
	it('finds the send of a lost copy by its id, before the loss', () => {
		const sent: TraceRecord = {
			t: 3,
			type: 'MessageSent',
			message: 'm1',
			kind: 'event',
			position: 1,
			consumer: 'naive',
			instance: 0,
			delivery: null,
			cause: 'publish',
			arriveAt: 6,
			lostAt: null
		};
		const trace: TraceRecord[] = [
			sent,
			{ ...sent, message: 'm2' },
			{ t: 5, type: 'MessageLost', message: 'm1', reason: 'network' }
		];
		expect(sendOf(trace, 2, 'm1')).toBe(sent);
		expect(sendOf(trace, 1, 'm2')).toBeUndefined();
	});
});
