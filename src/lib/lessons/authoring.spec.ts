import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localizeScenarioMessage } from '$lib/i18n/scenarioErrors';
import { checkLesson, parseLessonText } from './authoring';

const scenario = {
	format: 'eventscope/2',
	ticks: 30,
	commands: [{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } }]
};

describe('a lesson written by a teacher', () => {
	it('may give a caption in one language: the other shows the same words', () => {
		const checked = checkLesson({
			title: { en: 'Mine' },
			scenario,
			steps: [{ say: { ko: '안녕하세요' } }, { waitFor: { tick: 10 } }, { say: { en: 'Ten' } }]
		});
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.lesson.title).toEqual({ en: 'Mine', ko: 'Mine' });
		expect(checked.stops.map((s) => [s.tick, s.text?.en, s.text?.ko])).toEqual([
			[0, '안녕하세요', '안녕하세요'],
			[10, 'Ten', 'Ten']
		]);
	});

	it('is refused with the field and the allowed values', () => {
		const checked = checkLesson({
			title: { en: 'x'.repeat(601) },
			scenario: { ...scenario, ticks: 5000 },
			steps: [{ sya: { en: 'typo' } }, { waitFor: { trace: 'EventApended' } }]
		});
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		const lines = checked.errors.map((e) => `${e.path}: ${e.message}`);
		expect(lines).toContainEqual('title.en: must be a string of 1 to 600 characters (it has 601)');
		expect(lines).toContainEqual('scenario.ticks: must be an integer in 1..2000 in a lesson');
		expect(lines).toContainEqual(
			'steps[0]: must be a step: an object with one of the keys say, chapter, waitFor, pause, highlight, inject, ask'
		);
		expect(lines.find((l) => l.startsWith('steps[1].waitFor.trace'))).toMatch(/EventAppended/);
	});

	it('whose waitFor never happens is refused before it plays, naming the step', () => {
		const checked = checkLesson({
			title: { en: 'Never' },
			scenario,
			steps: [
				{ say: { en: 'Wait' } },
				{ waitFor: { trace: 'CommandRejected' } },
				{ say: { en: 'x' } }
			]
		});
		expect(checked.ok ? null : checked.errors).toEqual([
			{
				path: 'steps[1].waitFor',
				message: 'waitFor {"trace":"CommandRejected"} never holds after tick 0'
			}
		]);
	});

	it('as text: too large, too deep or not JSON is an error, not a throw', () => {
		expect(parseLessonText('{').ok).toBe(false);
		expect(parseLessonText('['.repeat(100_000)).ok).toBe(false);
		expect(parseLessonText(`"${'a'.repeat(200_000)}"`).ok).toBe(false);
	});
});

describe("the README's lesson example", () => {
	it('is a valid lesson that plays', () => {
		const readme = readFileSync(
			fileURLToPath(new URL('../../../README.md', import.meta.url)),
			'utf8'
		);
		const section = readme.slice(readme.indexOf('## Lesson format'));
		const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
		const parsed = parseLessonText(json);
		expect(parsed.ok ? null : parsed.errors).toBeNull();
		if (!parsed.ok) return;
		const checked = checkLesson(parsed.input);
		expect(checked.ok ? null : checked.errors).toBeNull();
	});
});

describe('a teacher reading the editor in Korean', () => {
	const broken: unknown[] = [
		{ title: { en: 'x'.repeat(601) }, scenario: { ...scenario, ticks: 5000 }, steps: [] },
		{ title: 'plain', scenario, steps: [{ sya: {} }, { say: {}, pause: true }] },
		{
			title: { en: 'T', fr: 'x' },
			scenario,
			steps: [{ pause: false }, { ask: 'q', choices: [1] }]
		},
		{ title: { en: 'T' }, scenario, steps: [{ waitFor: { tick: 25 } }] },
		{
			title: { en: 'T' },
			scenario,
			steps: [{ say: { en: 'a' } }, { waitFor: { tick: 29 } }, { waitFor: { tick: 3 } }]
		},
		{
			title: { en: 'T' },
			scenario,
			steps: [
				{ say: { en: 'a' } },
				{ waitFor: { trace: 'EventApplied', where: { consumer: 'nobody' } } }
			]
		},
		[],
		'{ not json'
	];

	it('sees every refusal in Korean, with the same names and numbers', () => {
		const messages = broken.flatMap((input) => {
			const checked = typeof input === 'string' ? parseLessonText(input) : checkLesson(input);
			return checked.ok ? [] : checked.errors.map((e) => e.message);
		});
		expect(messages.length).toBeGreaterThan(8);
		for (const message of messages) {
			const korean = localizeScenarioMessage(message, 'ko');
			expect(korean, message).toMatch(/[가-힣]/);
			for (const kept of message.match(/\d+|"[^"]*"/g) ?? [])
				expect(korean, message).toContain(kept);
		}
	});
});
