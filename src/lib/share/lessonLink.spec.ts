import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessons } from '$lib/lessons';
import { lessonLimits, parseLesson, resolveChecked } from '$lib/lessons/authoring';
import { goldenText } from '$lib/lessons/golden';
import { decodeLesson, encodeLesson } from './lessonLink';

const golden = (slug: string) =>
	readFileSync(fileURLToPath(new URL(`../lessons/golden/${slug}.txt`, import.meta.url)), 'utf8');

function encode(input: unknown): string {
	const encoded = encodeLesson(input);
	if (!encoded.ok) throw new Error(encoded.error.message);
	return encoded.fragment;
}

describe('a built-in lesson, shared as a lesson link', () => {
	it.each(lessons.map((l) => [l.slug, l] as const))(
		'%s reopens and plays to its end with the same golden trace',
		(slug, lesson) => {
			const decoded = decodeLesson(`#${encode(lesson)}`);
			expect(decoded.ok && decoded.lesson).toEqual(lesson);
			if (!decoded.ok) return;
			const checked = resolveChecked(decoded.lesson);
			expect(checked.ok).toBe(true);
			if (!checked.ok) return;
			expect(goldenText(checked.resolved)).toBe(golden(slug));
			expect(checked.stops.at(-1)?.endTick).toBeGreaterThan(0);
		}
	);

	it('the largest built-in lesson makes a whole address under 4,000 characters', () => {
		const longest = Math.max(
			...lessons.map((l) => `https://eventscope.example/ko/lessons/play#${encode(l)}`.length)
		);
		expect(longest).toBeLessThan(4_000);
	});
});

/** Valid lessons an author could write: a built-in scenario, captions at ticks, pauses, asks. */
const text = fc.oneof(
	fc.record({ en: fc.string({ minLength: 1, maxLength: 80 }) }),
	fc.record({ ko: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) }),
	fc.record({
		en: fc.string({ minLength: 1, maxLength: 40 }),
		ko: fc.string({ minLength: 1, maxLength: 40 })
	})
);
const step = fc.oneof(
	text.map((say) => ({ say })),
	text.map((chapter) => ({ chapter })),
	fc.integer({ min: 0, max: 30 }).map((tick) => ({ waitFor: { tick } })),
	fc.constant({ pause: true as const }),
	fc
		.record({ events: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 3 }) })
		.map((highlight) => ({ highlight }))
);
const lessonArb = fc.record(
	{
		slug: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
		title: text,
		summary: text,
		scenario: fc.constantFrom(...lessons.map((l) => l.scenario)),
		steps: fc.array(step, { minLength: 1, maxLength: 12 })
	},
	{ requiredKeys: ['title', 'scenario', 'steps'] }
);

describe('lesson links', () => {
	it('round-trip any valid lesson exactly, as its author wrote it', () => {
		fc.assert(
			fc.property(lessonArb, (input) => {
				const parsed = parseLesson(input);
				expect(parsed.ok).toBe(true);
				const decoded = decodeLesson(encode(input));
				expect(decoded.ok).toBe(true);
				if (!decoded.ok || !parsed.ok) return;
				expect(decoded.input).toEqual(input);
				expect(decoded.lesson).toEqual(parsed.lesson);
			}),
			{ numRuns: 300 }
		);
	});

	it('never throw on 10,000 random or mutated links, and only accept valid lessons', () => {
		const samples = lessons.slice(0, 6).map(encode);
		const mutated = fc
			.tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.string({ maxLength: 4 }))
			.map(([link, at, cut, insert]) => {
				const i = at % link.length;
				return link.slice(0, i) + insert + link.slice(i + (cut % 5));
			});
		// Damaged inside, then sealed with a good checksum: the validation, not the checksum, refuses it.
		const json = lessons.slice(0, 3).map((l) => JSON.stringify(l));
		const resealed = fc
			.tuple(fc.constantFrom(...json), fc.nat(), fc.nat(), fc.string({ maxLength: 3 }))
			.map(([text, at, cut, insert]) => {
				const i = at % text.length;
				const damaged = text.slice(0, i) + insert + text.slice(i + (cut % 4));
				try {
					return encode(JSON.parse(damaged));
				} catch {
					return damaged;
				}
			});
		const links = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.stringMatching(/^l1\.[0-9a-f]{10}\.[A-Za-z0-9_-]{0,300}$/),
			mutated,
			mutated,
			resealed,
			fc.constantFrom(...samples).map((s) => s.slice(0, s.length >> 1))
		);
		fc.assert(
			fc.property(links, (link) => {
				const result = decodeLesson(link);
				if (result.ok) expect(parseLesson(result.input).ok).toBe(true);
				else expect(result.error.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 10_000 }
		);
	});

	it('refuse a link longer than the limit unread, and a damaged one by its checksum', () => {
		const long = decodeLesson(`l1.0123456789.${'A'.repeat(lessonLimits.linkCharsMax)}`);
		expect(long.ok ? null : long.error.kind).toBe('too-large');
		const link = encode(lessons[0]);
		const i = link.length - 20;
		const flipped = link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1);
		const damaged = decodeLesson(flipped);
		expect(damaged.ok).toBe(false);
	});
});
