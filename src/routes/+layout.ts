// A static site: every route is prerendered and runs entirely in the browser.
import { browser } from '$app/environment';
import { pathInSite } from '$lib/i18n/links';
import { langOf, loadMessages, locale, type Lang } from '$lib/i18n/locale.svelte';
import { langOfPath } from '$lib/i18n/paths';
import { areasOf } from '$lib/i18n/routeAreas';
import { readKey, storageKeys } from '$lib/persist/storage';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * The page's language is its address's (Korean under /ko), set before anything renders. An
 * unknown address (the host's 404.html) has no Korean twin to move to: there the user's choice,
 * else the browser's language, decides, as on a first visit. The language's strings are loaded
 * first (only that language's: see locale.svelte.ts), so the page never shows a key or the
 * other language; and only the areas of strings the route shows (routeAreas.ts).
 */
export async function load({ url, route }) {
	const path = pathInSite(url.pathname).path;
	const lang: Lang =
		browser && route.id === null && langOfPath(path) === 'en'
			? langOf(readKey(storageKeys.lang), navigator.languages ?? [navigator.language])
			: langOfPath(path);
	await loadMessages(lang, areasOf(route.id));
	locale.lang = lang;
}
