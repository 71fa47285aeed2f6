import { describe, expect, it } from 'vitest';
import { createContext } from '../simulation/createContext';
import { initialWorld } from '../simulation/step';
import { scenario } from '../testing/scenarios';
import { append, foldStream, streamVersion } from './eventStore';

const added = (amount: number) => ({ type: 'Added', data: { amount } });

function emptyStore() {
	const ctx = createContext(scenario({ domain: 'counter', consumers: [] }));
	return { ctx, world: initialWorld(ctx) };
}

describe('event store', () => {
	it('appends to a new stream when it expects no stream yet, numbering versions from 1', () => {
		const { ctx, world } = emptyStore();
		const result = append(ctx.logs, world, 'counter-1', [added(5), added(3)], 'no-stream', 'c1');
		expect(result.ok).toBe(true);
		expect(ctx.logs.events.map((e) => [e.globalPosition, e.streamId, e.version])).toEqual([
			[1, 'counter-1', 1],
			[2, 'counter-1', 2]
		]);
		expect(streamVersion(world, 'counter-1')).toBe(2);
	});

	it('refuses "no stream yet" when the stream exists, and reports its version', () => {
		const { ctx, world } = emptyStore();
		append(ctx.logs, world, 'counter-1', [added(5)], 'no-stream', 'c1');
		expect(append(ctx.logs, world, 'counter-1', [added(5)], 'no-stream', 'c2')).toEqual({
			ok: false,
			actual: 1
		});
	});

	it('refuses an append whose expected version is stale, so (stream, version) stays unique', () => {
		const { ctx, world } = emptyStore();
		append(ctx.logs, world, 'counter-1', [added(5)], 'no-stream', 'c1');
		append(ctx.logs, world, 'counter-1', [added(5)], 1, 'c2');
		const late = append(ctx.logs, world, 'counter-1', [added(5)], 1, 'c3');
		expect(late).toEqual({ ok: false, actual: 2 });
		const keys = ctx.logs.events.map((e) => `${e.streamId}@${e.version}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('"any" turns the check off (and with it the protection against lost decisions)', () => {
		const { ctx, world } = emptyStore();
		append(ctx.logs, world, 'counter-1', [added(5)], 'no-stream', 'c1');
		expect(append(ctx.logs, world, 'counter-1', [added(1)], 'any', 'c2').ok).toBe(true);
	});

	it('keeps one global log across streams and reads a stream by version range', () => {
		const { ctx, world } = emptyStore();
		append(ctx.logs, world, 'counter-1', [added(1)], 'no-stream', 'c1');
		append(ctx.logs, world, 'counter-2', [added(10)], 'no-stream', 'c2');
		append(ctx.logs, world, 'counter-1', [added(2)], 1, 'c3');
		expect(ctx.logs.events.map((e) => e.streamId)).toEqual(['counter-1', 'counter-2', 'counter-1']);
		const sum = (s: number, e: { data: Readonly<Record<string, unknown>> }) =>
			s + Number(e.data.amount);
		expect(foldStream(ctx.logs, 'counter-1', 0, 2, 0, sum)).toBe(3);
		expect(foldStream(ctx.logs, 'counter-1', 1, 2, 0, sum)).toBe(2);
	});

	it('stores events as frozen facts', () => {
		const { ctx, world } = emptyStore();
		append(ctx.logs, world, 'counter-1', [added(5)], 'no-stream', 'c1');
		expect(Object.isFrozen(ctx.logs.events[0])).toBe(true);
		expect(Object.isFrozen(ctx.logs.events[0].data)).toBe(true);
	});
});
