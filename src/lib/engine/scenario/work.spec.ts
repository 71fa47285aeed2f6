/**
 * The bound on a whole run's work (work.ts): what the per-field limits allow together. A
 * scenario over it is refused before simulating, with an error that names the fields to change;
 * everything EventScope ships, and the long one-stream run, stays within it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessons } from '$lib/lessons';
import { examples } from './examples';
import { limits } from './limits';
import { parseScenario } from './schema';
import { estimateWork } from './work';

const oneStream = (ticks: number, extra: object = {}) => ({
	format: 'eventscope/1',
	ticks,
	commands: [{ at: 1, repeat: ticks, stream: 'counter-1', type: 'Add', data: { amount: 1 } }],
	...extra
});

describe('the bound on a run’s estimated work', () => {
	it('given the 200,000-tick run with a command per tick on one stream, accepts it', () => {
		expect(parseScenario(oneStream(200_000)).ok).toBe(true);
	});

	it('given every field within its limit but too much together, refuses it naming the fields', () => {
		const parsed = parseScenario(
			oneStream(200_000, {
				options: { ackTimeout: 1 },
				network: { duplicate: 0.5, delayMax: 1000 },
				consumers: [{ id: 'a' }, { id: 'b' }, { id: 'c', instances: 8 }],
				faults: [{ at: 10, kind: 'partition', target: 'a', duration: 100_000 }]
			})
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toHaveLength(1);
		const [{ path, message }] = parsed.errors;
		expect(path).toBe('(root)');
		expect(message).toMatch(/^asks for too much work: about [\d,]+ units, the limit is 30,000,000/);
		for (const field of ['network.delayMax', 'network.duplicate', 'faults[].duration', 'consumers'])
			expect(message).toContain(field);
	});

	it('grows with each factor that multiplies the work', () => {
		const base = { ...oneStream(10_000), consumers: [{ id: 'v' }] };
		const w = (extra: object) => {
			const parsed = parseScenario({ ...base, ...extra });
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			return estimateWork(parsed.scenario).total;
		};
		const plain = w({});
		expect(w({ network: { drop: 0.5 } })).toBeGreaterThan(plain);
		expect(w({ network: { delayMax: 50 } })).toBeGreaterThan(plain);
		expect(w({ consumers: [{ id: 'v' }, { id: 'w' }] })).toBeGreaterThan(plain);
		expect(w({ faults: [{ at: 1, kind: 'crash', target: 'v', duration: 500 }] })).toBeGreaterThan(
			plain
		);
		expect(w({ options: { delivery: 'at-most-once' } })).toBeLessThanOrEqual(plain);
	});

	it('keeps every example, lesson and performance scenario well within the bound', () => {
		const inputs: [string, unknown][] = [
			...Object.entries(examples),
			...lessons.map((l) => [l.slug, l.scenario] as [string, unknown]),
			...readdirSync('tests/perf')
				.filter((f) => f.endsWith('.json'))
				.map((f) => [f, JSON.parse(readFileSync(`tests/perf/${f}`, 'utf8'))] as [string, unknown])
		];
		for (const [name, input] of inputs) {
			const parsed = parseScenario(input);
			expect(parsed.ok, name).toBe(true);
			if (parsed.ok)
				expect(estimateWork(parsed.scenario).total, name).toBeLessThan(limits.runWorkMax / 10);
		}
	});
});
