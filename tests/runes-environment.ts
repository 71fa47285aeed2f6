import type { Environment } from 'vitest/environments';

/**
 * Node, with modules resolved and transformed as for the browser: Svelte's client runtime, in which
 * `$effect` runs (its server build never runs effects). For specs of reactive classes.
 */
export default {
	name: 'browser-modules',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
} satisfies Environment;
