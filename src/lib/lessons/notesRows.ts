/**
 * The notes' points joined to their lessons, as the home page's list and the lessons index's
 * table both show them: one source, so the two never disagree on a lesson or its number.
 * (notesPoints.spec.ts holds every point to an existing lesson and step.)
 */
import { catalog, type CatalogEntry } from './catalog';
import { notesPoints, type NotesPoint } from './notesPoints';

export interface NotesRow {
	readonly point: NotesPoint;
	readonly lesson: CatalogEntry;
	/** The lesson's 1-based number in the course. */
	readonly n: number;
}

export const notesRows: readonly NotesRow[] = notesPoints.map((point) => {
	const n = catalog.findIndex((entry) => entry.slug === point.lesson) + 1;
	return { point, lesson: catalog[n - 1], n };
});
