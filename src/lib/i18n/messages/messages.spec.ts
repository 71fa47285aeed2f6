import { describe, expect, it } from 'vitest';
import { areas } from '.';

describe('UI strings', () => {
	it('every area has the same keys in English and Korean, none empty', () => {
		for (const area of areas) {
			expect(Object.keys(area.ko).sort()).toEqual(Object.keys(area.en).sort());
			for (const text of [...Object.values(area.en), ...Object.values(area.ko)])
				expect(text.trim()).not.toBe('');
		}
	});

	it('no key is defined by two areas', () => {
		const seen = new Set<string>();
		for (const area of areas) {
			for (const key of Object.keys(area.en)) {
				expect(seen.has(key), key).toBe(false);
				seen.add(key);
			}
		}
	});
});
