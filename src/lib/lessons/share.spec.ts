import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '$lib/share/codec';
import { interventionsArb } from '$lib/share/spec-helpers';
import { lessons, resolveLesson } from '.';

describe('a lesson opened in the sandbox, as a share link', () => {
	it('every lesson with 20 interventions stays under 2,000 characters and reopens exactly', () => {
		for (const lesson of lessons) {
			const { scenario } = resolveLesson(lesson);
			fc.assert(
				fc.property(interventionsArb(scenario, { min: 20, max: 20 }), (interventions) => {
					const changed = {
						...scenario,
						interventions: [...scenario.interventions, ...interventions]
					};
					const encoded = encodeShare({ scenario: changed, tick: scenario.ticks });
					expect(encoded.ok, lesson.slug).toBe(true);
					if (!encoded.ok) return;
					// Room for the page's own address in front of the fragment.
					expect(encoded.fragment.length, lesson.slug).toBeLessThan(1_800);
					const decoded = decodeShare(encoded.fragment);
					expect(decoded.ok && decoded.state.scenario, lesson.slug).toEqual(changed);
				}),
				{ numRuns: 10 }
			);
		}
	});
});
