/**
 * Every UI string in Korean, area by area: each area's module imported (on demand) with
 * `?lang=ko`, which the messages-per-language plugin (vite.config.ts) cuts down to this
 * language's table, so a page never downloads the other language, nor the areas it does not
 * show. Loaded by locale.svelte.ts.
 */
import { keepTermsWhole } from '../glossary';
import { areaLoaders } from './loaders';

// Korean terms the glossary keeps whole (no line break inside them).
export default areaLoaders(
	import.meta.glob(
		['./*.ts', '!./*.spec.ts', '!./index.ts', '!./en.ts', '!./ko.ts', '!./loaders.ts'],
		{
			query: '?lang=ko'
		}
	),
	'ko',
	keepTermsWhole
);
