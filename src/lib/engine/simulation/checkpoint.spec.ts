/**
 * Checkpoints share what did not change, and give back exactly what a JSON round trip gives:
 * the timeline's seeks rebuild a world from them, so any difference would show as a world at
 * tick t that is not the world a fresh run reaches at t (timeline.spec.ts checks that too).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkSize, freeze, thaw } from './checkpoint';

const jsonRoundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Keys as a world has them: user ids (`__proto__`, `constructor`), integer-like positions. */
const key = fc.oneof(
	fc.constantFrom('__proto__', 'constructor', 'toString', '0', '7', '42', 'counter-1', 'a'),
	fc.string({ maxLength: 4 }),
	fc.nat(300).map(String)
);
const leaf = fc.oneof(
	fc.integer(),
	fc.double(),
	fc.constantFrom(0, -0, NaN, Infinity, -Infinity, null, undefined, true, false),
	fc.string({ maxLength: 6 })
);
/** JSON-ish values with some arrays and records larger than a chunk. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		leaf,
		fc.array(tie('value'), { maxLength: 6 }),
		fc.dictionary(key, tie('value'), { maxKeys: 6 }),
		fc.array(leaf, { minLength: chunkSize - 2, maxLength: chunkSize * 3 }),
		fc.dictionary(key, leaf, { minKeys: chunkSize - 2, maxKeys: chunkSize * 3 })
	)
}));

describe('a checkpoint', () => {
	it('thaws to what a JSON round trip gives, key order included, whatever came before it', () => {
		// A world is an object: its members are any values.
		const world = fc.dictionary(key, value, { maxKeys: 5 });
		fc.assert(
			fc.property(fc.array(world, { minLength: 1, maxLength: 4 }), (values) => {
				let prev: ReturnType<typeof freeze<unknown>> | undefined;
				const frozen = values.map((v) => (prev = freeze(v, prev)));
				values.forEach((v, i) => {
					const back = thaw(frozen[i]);
					expect(back).toEqual(jsonRoundTrip(v));
					expect(JSON.stringify(back)).toBe(JSON.stringify(v));
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('is not changed by later mutations of the value, and shares what they did not touch', () => {
		const world = {
			tick: 1,
			versions: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`s-${i}`, 1])),
			inFlight: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }]
		};
		const first = freeze(world);
		const before = JSON.stringify(world);
		world.tick = 2;
		world.versions['s-499'] = 2;
		world.versions['s-new'] = 1;
		world.inFlight.shift();
		world.inFlight.push({ id: 'm4' });
		const second = freeze(world, first);
		expect(JSON.stringify(thaw(first))).toBe(before);
		expect(JSON.stringify(thaw(second))).toBe(JSON.stringify(world));
		// Unchanged again: the same checkpoint, nothing copied.
		expect(freeze(world, second)).toBe(second);
		// Of 8 chunks of versions, the first 7 are the first checkpoint's.
		const chunks = (f: typeof first) =>
			(f.node as unknown as { versions: { values: unknown[] } }).versions.values;
		expect(chunks(second).slice(0, 7)).toEqual(chunks(first).slice(0, 7));
		chunks(second)
			.slice(0, 7)
			.forEach((chunk, i) => expect(chunk).toBe(chunks(first)[i]));
		// The copies still in flight are shared, though they moved up the array.
		const inFlight = (f: typeof first) => (f.node as unknown as { inFlight: unknown[] }).inFlight;
		expect(inFlight(second)[0]).toBe(inFlight(first)[1]);
		expect(inFlight(second)[1]).toBe(inFlight(first)[2]);
	});

	it('gives a fresh copy on every thaw: mutating one leaves the checkpoint as it was', () => {
		const frozen = freeze({ rows: { a: { n: 1 } }, list: [1, 2] });
		const a = thaw(frozen);
		a.rows.a.n = 9;
		a.list.push(3);
		expect(thaw(frozen)).toEqual({ rows: { a: { n: 1 } }, list: [1, 2] });
	});

	it('keeps `__proto__` as an own member, as JSON.parse does', () => {
		const record = JSON.parse('{"__proto__": {"x": 1}, "b": 2}');
		const back = thaw(freeze(record)) as Record<string, unknown>;
		expect(Object.hasOwn(back, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
		expect(JSON.stringify(back)).toBe('{"__proto__":{"x":1},"b":2}');
	});
});
