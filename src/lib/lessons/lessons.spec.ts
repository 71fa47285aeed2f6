/**
 * Every lesson, as a learner would meet it: valid data, a scenario the engine accepts, steps that
 * all happen (every waitFor holds, every ask has exactly one right answer), short runs, real
 * Korean in every caption, and numbers in captions that the run can fill in.
 */
import { describe, expect, it } from 'vitest';
import { worldAt } from '$lib/engine';
import { lessons, lessonSlugs, resolveLesson, stopsOf } from '.';
import { fillPlaceholders } from './placeholders';
import type { Text } from './schema';

const hangul = /[\uac00-\ud7a3]/;

function textsOf(lesson: (typeof lessons)[number]): Text[] {
	const texts: Text[] = [lesson.title, lesson.summary];
	for (const step of lesson.steps) {
		if ('say' in step) texts.push(step.say);
		if ('chapter' in step) texts.push(step.chapter);
		if ('ask' in step) texts.push(step.ask, step.explain, ...step.choices.map((c) => c.text));
	}
	return texts;
}

describe('the lessons', () => {
	it('are at least the fifteen of the course, with unique slugs', () => {
		expect(lessons.length).toBeGreaterThanOrEqual(15);
		expect(new Set(lessonSlugs).size).toBe(lessons.length);
	});

	describe.each(lessons.map((l) => [l.slug, l] as const))('%s', (_slug, lesson) => {
		const resolved = resolveLesson(lesson);
		const stops = stopsOf(resolved);

		it('points only at nodes its topology draws', () => {
			const { scenario } = resolved;
			const nodes = new Set(['store', 'snapshots', 'broker', 'queries', 'relay']);
			for (let h = 1; h <= scenario.options.handlers; h++) nodes.add(`h${h}`);
			for (const c of scenario.consumers) {
				nodes.add(c.id);
				for (let i = 1; i <= c.instances; i++) nodes.add(`${c.id}#${i}`);
			}
			for (const step of lesson.steps)
				if ('highlight' in step)
					for (const node of step.highlight.nodes ?? []) expect([...nodes], node).toContain(node);
		});

		it('resolves every step to a tick, in order, within a short run', () => {
			expect(resolved.scenario.ticks).toBeLessThanOrEqual(200);
			const ticks = resolved.steps.map((s) => s.tick);
			expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
			expect(stops.length).toBeGreaterThanOrEqual(3);
			expect(stops[0].kind).toBe('say');
		});

		it('asks at least one question whose right answer the run decides', () => {
			const asks = stops.filter((s) => s.ask);
			if (lesson.slug !== 'trade-offs') expect(asks.length).toBeGreaterThanOrEqual(1);
			for (const s of asks) expect(s.ask!.revealTick).toBeGreaterThanOrEqual(s.tick);
		});

		it('asks its questions on the moment they are about, not before what it rigged', () => {
			// A fault or copy the lesson rigged that happened inside an ask's reveal would flash by
			// in the reveal's playback: the ask waits for it (a waitFor before the ask).
			const rigged = stops.flatMap((s) => s.injected.map((r) => r.change.at));
			for (const s of stops.filter((s) => s.ask))
				for (const at of rigged)
					expect(at <= s.tick || at > s.ask!.revealTick, `step ${s.index + 1}, tick ${at}`).toBe(
						true
					);
		});

		it('speaks English and real Korean in every caption', () => {
			for (const text of textsOf(lesson)) {
				expect(text.en.trim()).not.toBe('');
				// A number or a name ("15", "alice") needs no translation; a sentence does.
				if (/[a-z]{3}/i.test(text.en.replace(/\b[a-z]+-[a-z0-9-]+\b|"[^"]*"/g, '')))
					expect(text.ko, text.en).toMatch(hangul);
			}
		});

		it('names events and copies as the picture labels them', () => {
			// The picture labels an event "#2" and a copy by its event's number, never "m5".
			for (const text of textsOf(lesson))
				for (const words of [text.en, text.ko]) {
					expect(words).not.toMatch(/\b[md]\d+\b/);
					expect(words).not.toMatch(/\bevent \d|\d+번 이벤트/);
				}
			for (const stop of stops)
				for (const rigged of stop.injected)
					if ('message' in rigged.change) expect(rigged.copy, stop.index + 1 + '').not.toBeNull();
		});

		it('fills every number in its captions from the run', () => {
			for (const stop of stops) {
				const world = worldAt(resolved.run, stop.tick);
				for (const text of [stop.text?.en ?? '', stop.text?.ko ?? ''])
					expect(fillPlaceholders(text, resolved.run, world)).not.toMatch(/\{[a-z]+(:[^}]*)?\}/);
			}
		});
	});
});

describe('the course', () => {
	it('keeps each chapter together, so the index lists every chapter once', () => {
		const chapters = lessons.map((l) => l.chapter?.en);
		const runs = chapters.filter((c, i) => c !== chapters[i - 1]);
		expect(runs).toEqual([...new Set(chapters)]);
	});
});
