// A Korean page is Korean from its first byte: <html lang="ko"> in the prerendered file, so
// screen readers, fonts and line breaking are right before any script runs. And every page
// preloads its language's strings (loaded by the root layout with a dynamic import, which
// SvelteKit does not list): the areas of strings its route shows (routeAreas.ts), and a lesson's
// page its lesson's file, so they arrive with the page's other modules rather than after them,
// and tests/perf/size.mjs counts them in the page's first load.
import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import type { Lang } from '$lib/i18n/locale.svelte';
import { langOfPath } from '$lib/i18n/paths';
import { areasOf } from '$lib/i18n/routeAreas';
import { catalog } from '$lib/lessons/catalog';

interface Chunk {
	file: string;
	name?: string;
	imports?: string[];
}

/** The built files of the given source modules and what they import (from Vite's manifest). */
function builtFiles(): ((modules: readonly string[]) => string[]) | null {
	let manifest: Record<string, Chunk>;
	try {
		manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
	} catch {
		return null;
	}
	/** A module's chunk: by its source path, else (a chunk also imported statically) by its name. */
	const keyOf = (module: string): string => {
		if (manifest[module]) return module;
		const name = /([^/]+)\.ts$/.exec(module)?.[1];
		const named = Object.keys(manifest).filter((key) => manifest[key].name === name);
		if (named.length !== 1)
			throw new Error(`hooks.server: no one chunk for ${module} in the manifest`);
		return named[0];
	};
	const files = (key: string, seen: Set<string>): string[] => {
		const chunk = manifest[key];
		if (seen.has(key)) return [];
		seen.add(key);
		return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => files(k, seen))];
	};
	return (modules) => {
		const seen = new Set<string>();
		return modules.flatMap((module) => files(keyOf(module), seen));
	};
}

const built = building ? builtFiles() : null;

/**
 * What a page loads with dynamic imports before it renders: its language's strings of the areas
 * its route shows, and on a lesson's page that lesson's file.
 */
function loadedBeforeRender(lang: Lang, routeId: string | null, slug?: string): string[] {
	const dir = 'src/lib/i18n/messages';
	const modules = [
		`${dir}/${lang}.ts`,
		...areasOf(routeId).map((area) => `${dir}/${area}.ts?lang=${lang}`)
	];
	const lesson = catalog.find((entry) => entry.slug === slug);
	if (routeId === '/lessons/[slug]' && lesson)
		modules.push(`src/lib/lessons/content/${lesson.file}.ts`);
	return modules;
}

/** `html` with modulepreload links for `modules`' built files, beside SvelteKit's own. */
function preload(html: string, modules: readonly string[]): string {
	const start = /<link [^>]*href="([^"]*?)_app\/immutable\/entry\/start/.exec(html);
	if (!built || !start) return html;
	const links = built(modules)
		.filter((file) => !html.includes(`"${start[1]}${file}"`))
		.map((file) => `<link href="${start[1]}${file}" rel="modulepreload">`)
		.join('\n\t\t');
	return html.slice(0, start.index) + links + '\n\t\t' + html.slice(start.index);
}

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			preload(
				lang === 'ko' ? html.replace('<html lang="en">', '<html lang="ko">') : html,
				loadedBeforeRender(lang, event.route.id, event.params.slug)
			)
	});
};
