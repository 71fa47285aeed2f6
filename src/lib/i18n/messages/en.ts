/**
 * Every UI string in English, area by area: each area's module imported (on demand) with
 * `?lang=en`, which the messages-per-language plugin (vite.config.ts) cuts down to this
 * language's table, so a page never downloads the other language, nor the areas it does not
 * show. Loaded by locale.svelte.ts.
 */
import { areaLoaders } from './loaders';

export default areaLoaders(
	import.meta.glob(
		['./*.ts', '!./*.spec.ts', '!./index.ts', '!./en.ts', '!./ko.ts', '!./loaders.ts'],
		{
			query: '?lang=en'
		}
	),
	'en'
);
