import { describe, expect, it } from 'vitest';
import { encodeCompareLink, decodeCompareLink } from './compareLink';

describe('comparison share links', () => {
	it.each([
		{ preset: 'delivery', seed: 99, tick: 42 },
		{ preset: 'add-vs-set', seed: 17, tick: 150 },
		{ preset: 'publish', seed: 0, tick: 0 }
	])('round-trip %j in a short fragment', (link) => {
		const fragment = encodeCompareLink(link);
		expect(fragment.length).toBeLessThan(500);
		expect(decodeCompareLink(fragment)).toEqual({ ok: true, link });
		expect(decodeCompareLink('#' + fragment)).toEqual({ ok: true, link });
	});

	it('refuse a sandbox link that names no comparison', async () => {
		const { encodeShare, defaultScenario } = await import('$lib/share/codec');
		const sandbox = encodeShare({ scenario: defaultScenario(), tick: 3 });
		expect(sandbox.ok && decodeCompareLink(sandbox.fragment).ok).toBe(false);
	});

	it('report a broken link as a value, never a throw', () => {
		const result = decodeCompareLink('s1.garbage!!');
		expect(result.ok).toBe(false);
	});
});
