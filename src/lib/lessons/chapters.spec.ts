import { describe, expect, it } from 'vitest';
import { chaptersOf } from './chapters';
import { lessons } from './index';
import type { Lesson } from './schema';

const lesson = (slug: string, chapter?: string) =>
	({ slug, ...(chapter ? { chapter: { en: chapter, ko: `${chapter}-ko` } } : {}) }) as Lesson;

describe('the lessons by chapter', () => {
	it('lists every chapter of the course once, in teaching order, every lesson numbered', () => {
		const chapters = chaptersOf(lessons, 'en');
		const names = chapters.map((c) => c.name);
		expect(names).toEqual([...new Set(lessons.map((l) => l.chapter?.en))]);
		expect(chapters.flatMap((c) => c.items.map((i) => i.n))).toEqual(lessons.map((_, i) => i + 1));
	});

	it('given a chapter whose lessons are apart, lists it once where its first lesson comes', () => {
		const chapters = chaptersOf(
			[lesson('a', 'CQRS'), lesson('b', 'Downsides'), lesson('c', 'CQRS')],
			'en'
		);
		expect(chapters.map((c) => c.name)).toEqual(['CQRS', 'Downsides']);
		expect(chapters[0].items.map((i) => [i.n, i.lesson.slug])).toEqual([
			[1, 'a'],
			[3, 'c']
		]);
	});

	it('puts a lesson without a chapter in the chapter before it, and names chapters in the language asked', () => {
		const chapters = chaptersOf([lesson('a'), lesson('b', 'CQRS'), lesson('c')], 'ko');
		expect(chapters.map((c) => [c.name, c.items.length])).toEqual([
			['', 1],
			['CQRS-ko', 2]
		]);
	});
});
