import { describe, expect, it } from 'vitest';
import { keepTermsWhole } from '../glossary';
import { areas } from '.';
import en from './en';
import ko from './ko';
import { areaNames, type Table } from './loaders';

// en.ts and ko.ts import each area through the messages-per-language plugin (vite.config.ts),
// which cuts it down to one language: each area must still hold its whole language, and the
// areas together every string.
const all = async (loaders: typeof en): Promise<Table> =>
	Object.assign({}, ...(await Promise.all(areaNames.map((name) => loaders[name]()))));

describe('one language per table', () => {
	it('there is a loader for every area file, and each area loads its own strings', async () => {
		expect(areaNames.length).toBe(areas.length);
		expect(Object.keys(await en.sim())).toEqual(Object.keys(areas[areaNames.indexOf('sim')].en));
	});

	it('the English tables are every area’s English, and nothing Korean', async () => {
		const table = await all(en);
		expect(table).toEqual(Object.assign({}, ...areas.map((area) => area.en)));
		for (const text of Object.values(table)) expect(text).not.toMatch(/[가-힣]/);
	});

	it('the Korean tables are every area’s Korean, their glossary terms kept whole', async () => {
		const table = await all(ko);
		const expected: Record<string, string> = Object.assign({}, ...areas.map((area) => area.ko));
		expect(Object.keys(table).sort()).toEqual(Object.keys(expected).sort());
		for (const [key, text] of Object.entries(expected))
			expect(table[key], key).toBe(keepTermsWhole(text));
	});
});
