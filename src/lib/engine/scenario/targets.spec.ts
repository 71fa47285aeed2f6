import { describe, expect, it } from 'vitest';
import { instanceTarget, parseTarget, targetName } from './targets';

describe('the target grammar', () => {
	it.each([
		['relay', { relay: true, domain: null }],
		['relay:cart', { relay: true, domain: 'cart' }],
		['view', { relay: false, consumer: 'view', instance: null }],
		['gated#2', { relay: false, consumer: 'gated', instance: 1 }],
		['gated#12', { relay: false, consumer: 'gated', instance: 11 }]
	])('%s names %o', (target, parts) => {
		expect(parseTarget(target)).toEqual(parts);
	});

	it('a name that is no instance number stays one (unknown) consumer id, as the checks report it', () => {
		expect(parseTarget('gated#x')).toEqual({ relay: false, consumer: 'gated#x', instance: null });
	});

	it('targetName is the id alone for one instance, id#n (1-based) in a group', () => {
		expect(targetName('naive', 0, 1)).toBe('naive');
		expect(targetName('gated', 1, 3)).toBe('gated#2');
		expect(instanceTarget('naive', 0)).toBe('naive#1');
	});

	it('what targetName writes, parseTarget reads back', () => {
		for (const [consumer, index, instances] of [
			['view', 0, 1],
			['view', 2, 3]
		] as const) {
			const parts = parseTarget(targetName(consumer, index, instances));
			expect(parts).toEqual({
				relay: false,
				consumer,
				instance: instances > 1 ? index : null
			});
		}
	});
});
