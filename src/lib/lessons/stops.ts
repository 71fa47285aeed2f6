/**
 * The player's view of a resolved lesson: its STOPS. A stop is a step that waits for the learner
 * (`say`, `ask`, `pause`); the steps before it (`chapter`, `highlight`, `inject`, `waitFor`) shape
 * it. "Next" plays the run from the previous stop's end to this stop's tick, then pauses; an
 * `ask` stop pauses before the outcome, and its reveal plays on to `revealTick`.
 */
import {
	instanceParts,
	targetLabel,
	type FaultSpec,
	type Intervention,
	type Run
} from '$lib/engine';
import type { ResolvedLesson } from './runner';
import type { Highlight, Text } from './schema';

export interface AskStop {
	choices: Text[];
	correct: number;
	revealTick: number;
	explain: Text;
}

/**
 * Something the lesson rigged, and for a message poke the copy it hit, as the picture labels it
 * (the event's number and the instance it travels to), never the engine's message id.
 */
export interface Rigged {
	change: Intervention | FaultSpec;
	copy: { position: number; target: string } | null;
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
	injected: Rigged[];
	ask: AskStop | null;
}

/** The consumer instance a copy travels to, named as the picture names it (`id`, or `id#n`). */
function instanceName(run: Run, sent: { consumer: string; instance: number }): string {
	const instances = run.scenario.consumers.find((c) => c.id === sent.consumer)?.instances ?? 1;
	return targetLabel(instanceParts(sent.consumer, sent.instance), instances);
}

/** The copy a message poke hit, found in the run by its message id. */
function riggedOf(run: Run, change: Intervention | FaultSpec): Rigged {
	if (!('message' in change)) return { change, copy: null };
	const sent = run.logs.trace.find((r) => r.type === 'MessageSent' && r.message === change.message);
	return sent?.type === 'MessageSent'
		? { change, copy: { position: sent.position, target: instanceName(run, sent) } }
		: { change, copy: null };
}

export function stopsOf(resolved: ResolvedLesson): Stop[] {
	const stops: Stop[] = [];
	let chapter: Text | null = resolved.lesson.chapter ?? null;
	let highlight: Highlight | null = null;
	let caption: Text | null = null;
	let injected: Rigged[] = [];
	let fromTick = 0;
	for (const s of resolved.steps) {
		const { step } = s;
		if ('chapter' in step) chapter = step.chapter;
		else if ('highlight' in step) highlight = step.highlight;
		else if (s.injected) injected = [...injected, riggedOf(resolved.run, s.injected)];
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
