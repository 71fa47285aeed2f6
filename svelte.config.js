import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The hashes of app.html's own inline scripts (the theme-before-first-paint script): SvelteKit
 * hashes the scripts it writes, not the template's, and a Content-Security-Policy without
 * 'unsafe-inline' must list them.
 */
function templateScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every page is prerendered, `fallback` serves deep links on plain hosts.
		adapter: adapter({ fallback: '404.html' }),
		paths: { relative: true },
		// Every page twice: English at the root, Korean under /ko (src/hooks.ts reroutes /ko/…
		// to the same routes); the crawler finds the Korean pages from /ko's links.
		prerender: { entries: ['*', '/ko'] },
		// Written into every page as a <meta http-equiv> tag (a static host sends no headers of
		// ours): scripts only from this site or with a listed hash, never eval. Styles stay
		// 'unsafe-inline' because Svelte sets style attributes. frame-ancestors cannot be set from
		// a meta tag: see README, "Headers".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			config: (tsconfig) => {
				// Let svelte-check see the Playwright specs, the CLI and the benchmark too.
				tsconfig.include.push('../tests/**/*.ts', '../bench/**/*.ts', '../playwright.config.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
