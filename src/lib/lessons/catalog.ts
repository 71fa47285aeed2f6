/**
 * The catalog of lessons (listing.ts) and `loadLesson`, which loads one lesson's file on demand.
 * index.ts holds every whole lesson (the tests, the golden traces); catalog.spec.ts checks that
 * the two agree.
 */
import { lessonSchema, type Lesson, type LessonInput } from './schema';
import { catalog } from './listing';

export { catalog, listedAs, type CatalogEntry } from './listing';

const files = import.meta.glob<Record<string, LessonInput>>('./content/*.ts');

/** The lesson `slug`, loaded and validated (undefined: no such lesson). */
export async function loadLesson(slug: string): Promise<Lesson | undefined> {
	const entry = catalog.find((e) => e.slug === slug);
	if (!entry) return undefined;
	const module = await files[`./content/${entry.file}.ts`]();
	const input = Object.values(module)[0];
	const parsed = lessonSchema.safeParse(input);
	if (!parsed.success) throw new Error(`lesson "${slug}" is malformed: ${parsed.error.message}`);
	return parsed.data;
}
