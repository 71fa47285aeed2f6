// A Korean page is Korean from its first byte: <html lang="ko"> in the prerendered file, so
// screen readers, fonts and line breaking are right before any script runs. And every page
// preloads its language's strings (loaded by the root layout with a dynamic import, which
// SvelteKit does not list): the areas of strings its route shows (routeAreas.ts), so they arrive
// with the page's other modules rather than after them, and tests/perf/size.mjs counts them in
// the page's first load.
import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import type { Lang } from '$lib/i18n/locale.svelte';
import { langOfPath } from '$lib/i18n/paths';
import { areasOf } from '$lib/i18n/routeAreas';
import type { Area } from '$lib/i18n/messages/loaders';

interface Chunk {
	file: string;
	imports?: string[];
}

/** The built files a page in `lang` needs for the string areas `areas` (from Vite's manifest). */
function languageFiles(): ((lang: Lang, areas: readonly Area[]) => string[]) | null {
	let manifest: Record<string, Chunk>;
	try {
		manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
	} catch {
		return null;
	}
	const files = (key: string, seen = new Set<string>()): string[] => {
		const chunk = manifest[key];
		if (!chunk) throw new Error(`hooks.server: no ${key} in the manifest`);
		if (seen.has(key)) return [];
		seen.add(key);
		return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => files(k, seen))];
	};
	const dir = 'src/lib/i18n/messages';
	return (lang, areas) => [
		...new Set([
			...files(`${dir}/${lang}.ts`),
			...areas.flatMap((area) => files(`${dir}/${area}.ts?lang=${lang}`))
		])
	];
}

const preloads = building ? languageFiles() : null;

/** `html` with modulepreload links for `lang`'s strings of `areas`, beside SvelteKit's own. */
function preloadLanguage(html: string, lang: Lang, areas: readonly Area[]): string {
	const start = /<link [^>]*href="([^"]*?)_app\/immutable\/entry\/start/.exec(html);
	if (!preloads || !start) return html;
	const links = preloads(lang, areas)
		.filter((file) => !html.includes(`"${start[1]}${file}"`))
		.map((file) => `<link href="${start[1]}${file}" rel="modulepreload">`)
		.join('\n\t\t');
	return html.slice(0, start.index) + links + '\n\t\t' + html.slice(start.index);
}

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			preloadLanguage(
				lang === 'ko' ? html.replace('<html lang="en">', '<html lang="ko">') : html,
				lang,
				areasOf(event.route.id)
			)
	});
};
