import { describe, expect, it } from 'vitest';
import { encodeCompareLink, decodeCompareLink } from './compareLink';

describe('comparison share links', () => {
	it('round-trip the preset, seed and tick in a short fragment', () => {
		const link = { preset: 'delivery', seed: 99, tick: 42 };
		const fragment = encodeCompareLink(link);
		expect(fragment.length).toBeLessThan(120);
		expect(decodeCompareLink(fragment)).toEqual({ ok: true, link });
		expect(decodeCompareLink('#' + fragment)).toEqual({ ok: true, link });
	});

	it('report a broken link as a value, never a throw', () => {
		const result = decodeCompareLink('s1.garbage!!');
		expect(result.ok).toBe(false);
	});
});
