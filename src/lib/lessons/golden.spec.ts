/**
 * Golden traces: each lesson's run, as text, must equal the checked-in `golden/<slug>.txt`. A
 * change to the engine or to a lesson that changes what a learner sees fails here until the
 * traces are regenerated on purpose: `UPDATE_GOLDEN=1 npx vitest run src/lib/lessons`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessons, resolveLesson } from '.';
import { goldenText } from './golden';

const update = process.env.UPDATE_GOLDEN === '1';
const fileOf = (slug: string) => fileURLToPath(new URL(`./golden/${slug}.txt`, import.meta.url));
const howToUpdate =
	'If this change is deliberate, regenerate the golden traces with\n' +
	'  UPDATE_GOLDEN=1 npx vitest run src/lib/lessons\n' +
	'and review the diff (git diff src/lib/lessons/golden) before committing it.';

function firstDifference(a: string, b: string): string {
	const left = a.split('\n');
	const right = b.split('\n');
	for (let i = 0; i < Math.max(left.length, right.length); i++)
		if (left[i] !== right[i])
			return `line ${i + 1}:\n  golden: ${left[i] ?? '(end of file)'}\n  now:    ${right[i] ?? '(end of file)'}`;
	return '(none)';
}

describe('golden traces', () => {
	it.each(lessons.map((l) => [l.slug, l] as const))('%s', (slug, lesson) => {
		const text = goldenText(resolveLesson(lesson));
		const file = fileOf(slug);
		if (update) {
			writeFileSync(file, text);
			return;
		}
		if (!existsSync(file))
			throw new Error(`No golden trace for "${slug}" (${file}).\n${howToUpdate}`);
		const golden = readFileSync(file, 'utf8');
		if (golden !== text)
			throw new Error(
				`The run of the lesson "${slug}" changed; first difference at ${firstDifference(golden, text)}\n${howToUpdate}`
			);
		expect(text.split('\n').length).toBeLessThan(600);
	});
});
