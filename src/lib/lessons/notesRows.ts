/**
 * The notes' points joined to their lessons, as the home page's list and the lessons index's
 * table both show them: one source, so the two never disagree on a lesson or its number.
 * (notesPoints.spec.ts holds every point to an existing lesson and step.)
 */
import { lessonBySlug, lessons } from './index';
import { notesPoints, type NotesPoint } from './notesPoints';
import type { Lesson } from './schema';

export interface NotesRow {
	readonly point: NotesPoint;
	readonly lesson: Lesson;
	/** The lesson's 1-based number in the course. */
	readonly n: number;
}

export const notesRows: readonly NotesRow[] = notesPoints.map((point) => {
	const lesson = lessonBySlug(point.lesson)!;
	return { point, lesson, n: lessons.indexOf(lesson) + 1 };
});
