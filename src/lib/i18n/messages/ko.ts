/**
 * Every UI string in Korean, merged from the areas: each area's module imported with
 * `?lang=ko`, which the messages-per-language plugin (vite.config.ts) cuts down to this
 * language's table, so a page never downloads the other language. Loaded by locale.svelte.ts.
 */
import { keepTermsWhole } from '../glossary';

type Table = Record<string, string>;
const areas = import.meta.glob<Record<string, Record<'en' | 'ko', Table>>>(
	['./*.ts', '!./*.spec.ts', '!./index.ts', '!./en.ts', '!./ko.ts'],
	{ query: '?lang=ko', eager: true }
);

const table: Table = {};
for (const module of Object.values(areas))
	for (const area of Object.values(module)) Object.assign(table, area.ko);
// Korean terms the glossary keeps whole (no line break inside them).
for (const [key, text] of Object.entries(table)) table[key] = keepTermsWhole(text);

export default table;
