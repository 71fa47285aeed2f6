/**
 * The player's view of a resolved lesson: its STOPS. A stop is a step that waits for the learner
 * (`say`, `ask`, `pause`); the steps before it (`chapter`, `highlight`, `inject`, `waitFor`) shape
 * it. "Next" plays the run from the previous stop's end to this stop's tick, then pauses; an
 * `ask` stop pauses before the outcome, and its reveal plays on to `revealTick`.
 */
import type { FaultSpec, Intervention } from '$lib/engine/scenario/types';
import type { ResolvedLesson } from './runner';
import type { Highlight, Text } from './schema';

export interface AskStop {
	choices: Text[];
	correct: number;
	revealTick: number;
	explain: Text;
}

export interface Stop {
	/** 0-based; shown 1-based as "3 / 12" and in the deep link `#step-3`. */
	index: number;
	kind: 'say' | 'ask' | 'pause';
	/** The caption; a `pause` keeps the previous one. */
	text: Text | null;
	chapter: Text | null;
	/** The run plays from `fromTick` to `tick` when this stop is reached with "Next". */
	fromTick: number;
	tick: number;
	/** Where the run stands once the stop is done (after an ask's reveal). */
	endTick: number;
	highlight: Highlight | null;
	/** Injections made since the previous stop (shown as "the lesson did this"). */
	injected: (Intervention | FaultSpec)[];
	ask: AskStop | null;
}

export function stopsOf(resolved: ResolvedLesson): Stop[] {
	const stops: Stop[] = [];
	let chapter: Text | null = resolved.lesson.chapter ?? null;
	let highlight: Highlight | null = null;
	let caption: Text | null = null;
	let injected: (Intervention | FaultSpec)[] = [];
	let fromTick = 0;
	for (const s of resolved.steps) {
		const { step } = s;
		if ('chapter' in step) chapter = step.chapter;
		else if ('highlight' in step) highlight = step.highlight;
		else if (s.injected) injected = [...injected, s.injected];
		else if ('say' in step || 'pause' in step || 'ask' in step) {
			const ask =
				'ask' in step
					? {
							choices: step.choices.map((c) => c.text),
							correct: s.correct ?? 0,
							revealTick: s.revealTick ?? s.tick,
							explain: step.explain
						}
					: null;
			if ('say' in step) caption = step.say;
			if ('ask' in step) caption = step.ask;
			const endTick = ask ? ask.revealTick : s.tick;
			stops.push({
				index: stops.length,
				kind: 'say' in step ? 'say' : 'ask' in step ? 'ask' : 'pause',
				text: caption,
				chapter,
				fromTick,
				tick: s.tick,
				endTick,
				highlight,
				injected,
				ask
			});
			injected = [];
			fromTick = endTick;
		}
	}
	return stops;
}
