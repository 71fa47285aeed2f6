/**
 * The lessons by chapter, as the home page and the lessons index list them: each chapter once,
 * in teaching order (where its first lesson comes), each lesson with its number in the course.
 * A lesson without a chapter joins the chapter before it (or an unnamed first one).
 */
import type { Text } from './schema';

export interface Chapter<L> {
	/** The chapter's name in the page's language ('' for lessons before any named chapter). */
	readonly name: string;
	readonly items: readonly { readonly n: number; readonly lesson: L }[];
}

/** `lessons`: whole lessons, or their catalog entries (catalog.ts). */
export function chaptersOf<L extends { readonly chapter?: Text }>(
	lessons: readonly L[],
	lang: 'en' | 'ko'
): Chapter<L>[] {
	const byName = new Map<string, { n: number; lesson: L }[]>();
	let current = '';
	lessons.forEach((lesson, i) => {
		current = lesson.chapter?.[lang] ?? current;
		const items = byName.get(current) ?? [];
		items.push({ n: i + 1, lesson });
		byName.set(current, items);
	});
	return [...byName].map(([name, items]) => ({ name, items }));
}
