import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		// Property tests run hundreds of whole simulations; they are not timed tests.
		testTimeout: 60_000,
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
	}
});
