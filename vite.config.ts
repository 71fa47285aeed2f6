import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * A Vite plugin: `./messages/<area>?lang=ko` is that area's module with only its Korean table
 * (the English one emptied), and `?lang=en` the reverse. Each area file keeps both languages side
 * by side (`{ en: {…}, ko: {…} }`, easy to edit and to check key by key), yet a page loads only
 * its own language's strings: the per-language modules (messages/en.ts, messages/ko.ts) import
 * the areas with this query. Runs after the TypeScript transform, on the area's JavaScript.
 */

const areaId = /\/src\/lib\/i18n\/messages\/\w+\.ts\?lang=(en|ko)$/;

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

/** `code` (an area module's JavaScript) with the tables of every language but `keep` emptied. */
function keepLanguage(code: string, keep: 'en' | 'ko', parse: (code: string) => Node): string {
	const program = parse(code) as Node & { body: Node[] };
	const cuts: { start: number; end: number }[] = [];
	for (const statement of program.body) {
		if (statement.type !== 'ExportNamedDeclaration') continue;
		const declaration = statement.declaration as (Node & { declarations?: Node[] }) | null;
		for (const declarator of declaration?.declarations ?? []) {
			let init = declarator.init as Node | null;
			// `{…} as const` once TypeScript is stripped is the bare object; be lenient anyway.
			while (init && (init.type === 'TSAsExpression' || init.type === 'ParenthesizedExpression'))
				init = init.expression as Node;
			if (init?.type !== 'ObjectExpression') continue;
			for (const property of init.properties as Node[]) {
				const key = property.key as Node & { name?: string; value?: unknown };
				const name = key?.name ?? key?.value;
				if (name !== 'en' && name !== 'ko') continue;
				if (name !== keep) cuts.push(property.value as Node);
			}
		}
	}
	if (cuts.length === 0)
		throw new Error(`messages-per-language: no { en, ko } table found to cut down to ${keep}`);
	let out = code;
	for (const { start, end } of cuts.sort((a, b) => b.start - a.start))
		out = out.slice(0, start) + '{}' + out.slice(end);
	return out;
}

function messagesPerLanguage(): Plugin {
	return {
		name: 'eventscope:messages-per-language',
		enforce: 'post',
		transform(code, id) {
			const match = areaId.exec(id);
			if (!match) return;
			return {
				code: keepLanguage(code, match[1] as 'en' | 'ko', (c) => this.parse(c) as unknown as Node),
				map: null
			};
		}
	};
}

/**
 * The engine's modules have no side effects (it is pure: a lint rule keeps it so), except
 * `zodConfig.ts`, which configures zod when imported. Saying so lets the bundler drop whatever a
 * page does not use from the engine's one public face (`$lib/engine`, a barrel), so that importing
 * through it costs no more than importing the modules one by one. `undefined`: the default.
 */
const engineDir = `${import.meta.dirname}/src/lib/engine/`.replaceAll('\\', '/');
function engineSideEffects(id: string): boolean | undefined {
	const path = id.replaceAll('\\', '/');
	if (!path.startsWith(engineDir)) return undefined;
	return path.endsWith('/zodConfig.ts');
}

export default defineConfig({
	plugins: [sveltekit(), messagesPerLanguage()],
	build: {
		rolldownOptions: {
			checks: { bundlerTimings: false },
			treeshake: { moduleSideEffects: engineSideEffects }
		}
	},
	test: {
		environment: 'node',
		// Property tests run hundreds of whole simulations; they are not timed tests. A limit is
		// only there to end a hang: lessonLink.spec's 10,000 links take 8 s alone, and once took
		// 108 s in a CI run on a machine loaded 13 deep (and failed a 60 s limit).
		testTimeout: 300_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					// The UI strings of both languages, as prerendering has them (a page loads its own).
					setupFiles: ['./tests/messages-setup.ts']
				}
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
