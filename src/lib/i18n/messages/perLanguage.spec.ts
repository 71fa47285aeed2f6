import { describe, expect, it } from 'vitest';
import { keepTermsWhole } from '../glossary';
import { areas } from '.';
import en from './en';
import ko from './ko';

// en.ts and ko.ts import every area through the messages-per-language plugin (vite.config.ts),
// which cuts each area down to one language: each must still hold its whole language.
describe('one language per table', () => {
	it('the English table is every area’s English, and nothing Korean', () => {
		expect(en).toEqual(Object.assign({}, ...areas.map((area) => area.en)));
		for (const text of Object.values(en)) expect(text).not.toMatch(/[가-힣]/);
	});

	it('the Korean table is every area’s Korean, its glossary terms kept whole', () => {
		const all: Record<string, string> = Object.assign({}, ...areas.map((area) => area.ko));
		expect(Object.keys(ko).sort()).toEqual(Object.keys(all).sort());
		for (const [key, text] of Object.entries(all)) expect(ko[key], key).toBe(keepTermsWhole(text));
	});
});
