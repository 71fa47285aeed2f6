import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every page is prerendered, `fallback` serves deep links on plain hosts.
		adapter: adapter({ fallback: '404.html' }),
		paths: { relative: true },
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
