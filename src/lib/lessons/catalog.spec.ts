import { describe, expect, it } from 'vitest';
import { catalog, loadLesson, type CatalogEntry } from './catalog';
import { lessons } from './index';

describe('the catalog of lessons', () => {
	it('lists every lesson, in teaching order, with its title, chapter and summary', () => {
		const listed = ({ slug, title, chapter, summary }: Omit<CatalogEntry, 'file'>) => ({
			slug,
			title,
			...(chapter ? { chapter } : {}),
			summary
		});
		expect(catalog.map(listed)).toEqual(lessons.map(listed));
	});

	it('loads each lesson from its own file, as the list of every lesson has it', async () => {
		for (const lesson of lessons) expect(await loadLesson(lesson.slug)).toEqual(lesson);
		expect(await loadLesson('no-such-lesson')).toBeUndefined();
	});
});
