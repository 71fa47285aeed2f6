/** The runner on small lessons: ticks found from the trace, injections, and lesson bugs caught. */
import { describe, expect, it } from 'vitest';
import { lessonSchema, type LessonInput } from './schema';
import { LessonError, resolveLesson } from './runner';
import { stopsOf } from './stops';

const say = { say: { en: 'x', ko: '엑스' } };
const base = {
	slug: 'test',
	title: { en: 'T', ko: '티' },
	summary: { en: 'S', ko: '에스' },
	scenario: {
		format: 'eventscope/1',
		ticks: 30,
		domain: 'counter',
		consumers: [
			{ id: 'naive', readModel: 'counter-values' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 2, every: 5, repeat: 3, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	}
} satisfies Omit<LessonInput, 'steps'>;

const lesson = (steps: LessonInput['steps']) => lessonSchema.parse({ ...base, steps });

describe('resolveLesson', () => {
	it('given waitFors, when resolved, then each finds the first matching record after the last', () => {
		const r = resolveLesson(
			lesson([
				{ waitFor: { trace: 'EventAppended' } },
				{ waitFor: { trace: 'EventAppended' } },
				{ waitFor: { trace: 'EventAppended', where: { position: 1 }, since: 'start' } }
			])
		);
		expect(r.steps.map((s) => s.tick)).toEqual([3, 8, 8]);
	});

	it('given two records in one tick, when waited for one after the other, then both resolve there', () => {
		const r = resolveLesson(
			lesson([
				{ waitFor: { trace: 'CommandReceived' } },
				{ waitFor: { trace: 'CommandLoaded' } },
				{ waitFor: { tick: 5 } }
			])
		);
		expect(r.steps.map((s) => s.tick)).toEqual([2, 2, 5]);
	});

	it('given an injected duplicate, then the naive view over-counts and the deduped one does not', () => {
		const r = resolveLesson(
			lesson([
				{ waitFor: { trace: 'EventAppended', where: { position: 1 } } },
				{ inject: { duplicate: { consumer: 'naive' } } },
				{ inject: { duplicate: { consumer: 'deduped' } } },
				{
					ask: { en: 'Q', ko: '질문' },
					choices: [
						{
							text: { en: '10', ko: '10' },
							correct: { view: { consumer: 'naive', key: 'counter-1', equals: 10 } }
						},
						{
							text: { en: '5', ko: '5' },
							correct: { view: { consumer: 'naive', key: 'counter-1', equals: 5 } }
						}
					],
					revealWhen: { trace: 'EventSkipped', where: { consumer: 'deduped' } },
					explain: { en: 'E', ko: '설명' }
				},
				say
			])
		);
		expect(r.steps[1].injected).toMatchObject({ kind: 'duplicate' });
		expect(r.scenario.interventions).toHaveLength(2);
		expect(r.steps[3].correct).toBe(0);
		const stops = stopsOf(r);
		expect(stops.map((s) => s.kind)).toEqual(['ask', 'say']);
		expect(stops[0].injected).toHaveLength(2);
		// The rigging note names the copy as the picture labels it, not by its message id.
		expect(stops[0].injected.map((r) => r.copy)).toEqual([
			{ position: 1, target: 'naive' },
			{ position: 1, target: 'deduped' }
		]);
		expect(stops[1].fromTick).toBe(stops[0].ask!.revealTick);
	});

	it('given a waitFor that never holds, then it is a lesson bug naming the step', () => {
		expect(() => resolveLesson(lesson([say, { waitFor: { trace: 'CommandRejected' } }]))).toThrow(
			/step 2: waitFor .* never holds/
		);
	});

	it('given an ask with two right answers, then it is a lesson bug', () => {
		const always = { tick: 0 };
		expect(() =>
			resolveLesson(
				lesson([
					{
						ask: { en: 'Q', ko: '질문' },
						choices: [
							{ text: { en: 'a', ko: '가' }, correct: always },
							{ text: { en: 'b', ko: '나' }, correct: always }
						],
						revealWhen: { tick: 3 },
						explain: { en: 'E', ko: '설명' }
					}
				])
			)
		).toThrow(LessonError);
	});

	it('given a predicate on an unknown consumer, or a poke at a message never sent, then it throws', () => {
		expect(() => resolveLesson(lesson([{ waitFor: { diverged: 'nobody' } }]))).toThrow(
			/not a consumer/
		);
		expect(() =>
			resolveLesson(lesson([{ inject: { drop: { consumer: 'naive', position: 99 } } }]))
		).toThrow(/no message/);
	});

	it('given an invalid scenario, then it names the field', () => {
		const bad = lessonSchema.parse({
			...base,
			scenario: { format: 'eventscope/1', ticks: -1 },
			steps: [say]
		});
		expect(() => resolveLesson(bad)).toThrow(/ticks/);
	});
});
