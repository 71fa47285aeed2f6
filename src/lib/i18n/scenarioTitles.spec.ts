import { describe, expect, it } from 'vitest';
import { examples } from '$lib/engine';
import { lessons } from '$lib/lessons';
import { rejectedIn } from './glossary';
import { koreanTitles, scenarioTitle } from './scenarioTitles';

const shipped: string[] = [
	...Object.values(examples).map((scenario) => String(scenario.title)),
	...lessons.map((lesson) => String(lesson.scenario.title))
];

describe('scenario titles on a Korean screen', () => {
	it.each(shipped.map((title) => [title]))('“%s” has a Korean title', (title) => {
		const korean = scenarioTitle(title, 'ko');
		expect(korean).toMatch(/[\uac00-\ud7a3]/);
		expect(rejectedIn(korean)).toEqual([]);
	});

	it('lists no title that nothing ships (a renamed lesson scenario leaves none behind)', () => {
		expect(Object.keys(koreanTitles).filter((title) => !shipped.includes(title))).toEqual([]);
	});

	it('keeps a title the user wrote, and English as it is', () => {
		expect(scenarioTitle('My own run', 'ko')).toBe('My own run');
		expect(scenarioTitle(shipped[0], 'en')).toBe(shipped[0]);
	});
});
