import { describe, expect, it } from 'vitest';
import { rejectedIn } from '$lib/i18n/glossary';
import { lessonBySlug } from '.';
import { notesPoints } from './notesPoints';

describe("the notes' points", () => {
	it.each(notesPoints.map((p) => [p.id, p] as const))(
		'%s is shown by an existing lesson (and step)',
		(_, point) => {
			const lesson = lessonBySlug(point.lesson);
			expect(lesson, `no lesson "${point.lesson}"`).toBeDefined();
			if (point.step !== undefined) {
				expect(point.step).toBeGreaterThanOrEqual(1);
				expect(point.step).toBeLessThanOrEqual(lesson!.steps.length);
			}
			expect(point.text.en.length).toBeGreaterThan(0);
			expect(point.text.ko).toMatch(/[가-힣]/);
			expect(rejectedIn(point.text.ko)).toEqual([]);
		}
	);

	it('names each point once, and points at the new lessons too', () => {
		expect(new Set(notesPoints.map((p) => p.id)).size).toBe(notesPoints.length);
		expect(notesPoints.some((p) => p.lesson === 'state-and-audit-log')).toBe(true);
	});
});
