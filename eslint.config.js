import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	// The paths .gitignore lists: build output, reports, and local screenshot scratch scripts.
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'tests/screenshots/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The engine has one public face, `$lib/engine` (src/lib/engine/index.ts): outside the
		// engine nothing imports its internals, so they can move and split without touching their
		// callers. The one exception is `zodConfig`, imported for its side effect (zod without its
		// JIT) by modules outside the engine that build zod schemas.
		files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.svelte'],
		ignores: ['src/lib/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^\\$lib|/lib)/engine/(?!zodConfig$)',
							message: "Import the engine from '$lib/engine' (its public face), not its internals."
						}
					]
				}
			]
		}
	},
	{
		// The engine is a pure, deterministic fold: same scenario + seed = same run, in Node and in
		// the browser. Nothing in it may reach for the DOM, Svelte, the wall clock, timers or an
		// unseeded random source (cf. the layer rule in sveltejs/kit's eslint config).
		files: ['src/lib/engine/**/*.ts'],
		ignores: ['src/lib/engine/**/*.spec.ts'],
		languageOptions: { globals: { ...globals.es2021 } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'],
							message: 'The engine is plain TypeScript: no Svelte or SvelteKit.'
						},
						{
							group: ['node:*', 'fs', 'path', 'os', 'crypto'],
							message: 'The engine runs in the browser too: no Node modules.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'navigator',
					'localStorage',
					'sessionStorage',
					'performance',
					'setTimeout',
					'setInterval',
					'clearTimeout',
					'clearInterval',
					'requestAnimationFrame',
					'queueMicrotask',
					'crypto',
					'process'
				].map((name) => ({ name, message: `The engine is pure and deterministic: no ${name}.` }))
			],
			'no-restricted-properties': [
				'error',
				{ object: 'Math', property: 'random', message: 'Use the seeded PRNG (engine/random.ts).' },
				{
					object: 'Date',
					property: 'now',
					message: 'The engine counts integer ticks, not wall-clock time.'
				},
				{ object: 'performance', property: 'now', message: 'No wall clock in the engine.' }
			],
			'no-restricted-syntax': [
				'error',
				{ selector: "NewExpression[callee.name='Date']", message: 'No wall clock in the engine.' }
			]
		}
	}
);
