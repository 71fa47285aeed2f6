// One page per lesson, prerendered for every slug. The lesson is resolved to ticks here (a pure
// simulation, cheap for these short runs), in the browser as during prerendering.
import { error } from '@sveltejs/kit';
import { lessonBySlug, lessons, resolveLesson, stopsOf } from '$lib/lessons';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => lessons.map((lesson) => ({ slug: lesson.slug }));

export const load: PageLoad = ({ params }) => {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, `No lesson "${params.slug}"`);
	const resolved = resolveLesson(lesson);
	const index = lessons.indexOf(lesson);
	return {
		resolved,
		stops: stopsOf(resolved),
		number: index + 1,
		nextLesson: lessons[index + 1] ?? null
	};
};
