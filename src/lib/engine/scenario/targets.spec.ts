import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, traceOf } from '../testing/scenarios';
import { consumerIdPattern } from './limits';
import {
	formatTarget,
	instanceParts,
	parseTarget,
	targetCovers,
	targetLabel,
	type TargetParts
} from './targets';

/** A consumer id as the scenario format allows it (limits.consumerIdPattern). */
const consumerId = fc.stringMatching(consumerIdPattern).filter((id) => id.length <= 64);
const domain = fc.constantFrom('shop', 'cart', 'billing');
/** Every valid target string: the grammar's four forms. */
const targetString = fc.oneof(
	fc.constant('relay'),
	domain.map((d) => `relay:${d}`),
	consumerId,
	fc.tuple(consumerId, fc.integer({ min: 1, max: 99 })).map(([id, n]) => `${id}#${n}`)
);

describe('the target grammar', () => {
	it.each<[string, TargetParts]>([
		['relay', { kind: 'relay', domain: null }],
		['relay:cart', { kind: 'relay', domain: 'cart' }],
		['view', { kind: 'consumer', consumer: 'view' }],
		['gated#2', { kind: 'instance', consumer: 'gated', instance: 1 }],
		['gated#12', { kind: 'instance', consumer: 'gated', instance: 11 }]
	])('%s names %o', (target, parts) => {
		expect(parseTarget(target)).toEqual(parts);
	});

	it('a name that is no instance number stays one (unknown) consumer id, as the checks report it', () => {
		expect(parseTarget('gated#x')).toEqual({ kind: 'consumer', consumer: 'gated#x' });
	});

	it('every valid target string, read into parts and written back, is the same string', () => {
		fc.assert(
			fc.property(targetString, (target) => {
				const parts = parseTarget(target);
				expect(formatTarget(parts)).toBe(target);
				// In a group (or for anything but one instance) the label is the grammar's string too.
				expect(targetLabel(parts, 3)).toBe(target);
			})
		);
	});

	it('the label of a single-instance consumer’s instance is its id, which reads back as the consumer', () => {
		fc.assert(
			fc.property(consumerId, (id) => {
				expect(targetLabel(instanceParts(id, 0), 1)).toBe(id);
				expect(parseTarget(targetLabel(instanceParts(id, 0), 1))).toEqual({
					kind: 'consumer',
					consumer: id
				});
			})
		);
		expect(targetLabel(instanceParts('gated', 1), 3)).toBe('gated#2');
	});

	it('a bare id covers each of its instances; id#n covers that instance only; a relay none', () => {
		const second = instanceParts('gated', 1);
		expect(targetCovers(parseTarget('gated'), second)).toBe(true);
		expect(targetCovers(parseTarget('gated#2'), second)).toBe(true);
		expect(targetCovers(parseTarget('gated#1'), second)).toBe(false);
		expect(targetCovers(parseTarget('naive'), second)).toBe(false);
		expect(targetCovers(parseTarget('relay'), second)).toBe(false);
	});
});

describe('trace records carry the target in parts', () => {
	it('a crash of view#2 is recorded on instance 1 of view, and so is its restart', () => {
		const { run: r } = run({
			ticks: 30,
			consumers: [{ id: 'view', readModel: 'counter-values', instances: 3 }],
			commands: [
				{ at: 1, every: 2, repeat: 4, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
			],
			faults: [{ at: 5, kind: 'crash', target: 'view#2', duration: 4 }]
		});
		const target = { kind: 'instance', consumer: 'view', instance: 1 };
		expect(traceOf(r, 'NodeCrashed')).toEqual([
			{ t: 5, type: 'NodeCrashed', target, until: 9, cause: 'fault' }
		]);
		expect(traceOf(r, 'NodeRestarted')).toEqual([{ t: 9, type: 'NodeRestarted', target }]);
	});

	it('a crash of a whole consumer is one record per instance, each in parts', () => {
		const { run: r } = run({
			ticks: 20,
			consumers: [{ id: 'view', readModel: 'counter-values', instances: 2 }],
			commands: [
				{ at: 1, every: 2, repeat: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
			],
			faults: [{ at: 3, kind: 'partition', target: 'view', duration: 2 }]
		});
		expect(traceOf(r, 'PartitionStarted').map((x) => x.target)).toEqual([
			instanceParts('view', 0),
			instanceParts('view', 1)
		]);
		expect(traceOf(r, 'PartitionHealed').map((x) => [x.t, x.target.instance])).toEqual([
			[5, 0],
			[5, 1]
		]);
	});
});
