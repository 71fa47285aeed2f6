import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		environment: 'node',
		// Property tests run hundreds of whole simulations; they are not timed tests.
		testTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.spec.ts'], exclude: ['src/**/*.svelte.spec.ts'] }
			},
			// Reactive classes (`*.svelte.ts`) run their effects only in Svelte's browser build.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.spec.ts'],
					environment: './tests/runes-environment.ts'
				}
			}
		],
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
	}
});
