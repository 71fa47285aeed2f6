import { describe, expect, it } from 'vitest';
import { format } from '../format';
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

describe('plurals', () => {
	it('picks the form for the number: 1 event, 0 and 2 events', () => {
		const text = '{n} {n|event|events} in {k} {k|stream|streams}';
		expect(format(text, { n: 1, k: 2 }, 'en')).toBe('1 event in 2 streams');
		expect(format(text, { n: 0, k: 1 }, 'en')).toBe('0 events in 1 stream');
		expect(format('{n|a|b}', {}, 'en')).toBe('{n|a|b}');
	});

	it('no English string counts a plural noun without a plural form ("1 events")', () => {
		const nouns =
			/\{\w+\} (events|streams|ticks|copies|problems|queries|instances|runs|seeds|versions|combinations|points|variants)\b/;
		for (const area of areas)
			for (const [key, text] of Object.entries(area.en)) {
				expect(nouns.test(text), key).toBe(false);
				expect(text, key).not.toMatch(/\w\(s\)/);
			}
	});
});
