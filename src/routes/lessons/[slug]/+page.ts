// One page per lesson, prerendered for every slug. The lesson is resolved to ticks here (a pure
// simulation, cheap for these short runs), in the browser as during prerendering. Only this
// lesson's file is loaded (the catalog knows the others' slugs and titles); hooks.server.ts
// preloads it with the page.
import { error } from '@sveltejs/kit';
import { resolveLesson } from '$lib/lessons/runner';
import { stopsOf } from '$lib/lessons/stops';
import { catalog, loadLesson } from '$lib/lessons/catalog';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => catalog.map((lesson) => ({ slug: lesson.slug }));

export const load: PageLoad = async ({ params }) => {
	const lesson = await loadLesson(params.slug);
	if (!lesson) error(404, `No lesson "${params.slug}"`);
	const resolved = resolveLesson(lesson);
	const index = catalog.findIndex((entry) => entry.slug === lesson.slug);
	return {
		resolved,
		stops: stopsOf(resolved),
		number: index + 1,
		nextLesson: catalog[index + 1] ?? null
	};
};
