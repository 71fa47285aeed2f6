/**
 * The lesson runner: a pure function from a lesson to the ticks of its steps. It simulates the
 * lesson's scenario once, walks the script, and finds for each `waitFor` (and each `ask`'s
 * reveal) the first tick after the previous step at which its predicate holds. An `inject` adds
 * a fault or an intervention to the scenario at the next tick and simulates again: the past up to
 * the current step is unchanged (a run is a fold), only the future forks. A predicate that never
 * holds, an `ask` without exactly one right answer, or a poke at a message that never comes, is
 * a bug in the lesson and throws a `LessonError` naming the step.
 */
import { produce } from 'immer';
import {
	type FaultSpec,
	formatScenarioErrors,
	type Intervention,
	parseScenario,
	type Run,
	type Scenario,
	simulate,
	withIntervention
} from '$lib/engine';
import { holds, matches, Worlds } from './predicates';
import type { Injection, Lesson, Predicate, Step } from './schema';

export class LessonError extends Error {
	constructor(lesson: string, step: number | null, message: string) {
		super(`lesson "${lesson}"${step === null ? '' : `, step ${step + 1}`}: ${message}`);
		this.name = 'LessonError';
	}
}

export interface ResolvedStep {
	step: Step;
	/** The world on screen while this step is current (the end of this tick). */
	tick: number;
	/** `ask`: the tick at which the answer is revealed, and the index of the right choice. */
	revealTick?: number;
	correct?: number;
	/** `inject`: what was added to the scenario. */
	injected?: Intervention | FaultSpec;
}

export interface ResolvedLesson {
	lesson: Lesson;
	/** The lesson's scenario with every injection in it: what the player and the sandbox run. */
	scenario: Scenario;
	run: Run;
	steps: ResolvedStep[];
}

/** Where a step resolved: the tick on screen, and the trace index just after what it waited for. */
export interface At {
	tick: number;
	cursor: number;
}

/** Index of the first trace record after `tick`. */
function traceEnd(run: Run, tick: number): number {
	const { trace } = run.logs;
	let i = 0;
	while (i < trace.length && trace[i].t <= tick) i++;
	return i;
}

/**
 * The first point from `from` on at which `p` holds. A plain `trace` predicate resolves at the
 * record that satisfies it (so two steps can wait for two records of the same tick, in order);
 * anything else is judged on whole ticks, from the current one on.
 */
export function firstAt(worlds: Worlds, p: Predicate, from: At): At | null {
	const { run } = worlds;
	if ('trace' in p) {
		let n = 0;
		const { trace } = run.logs;
		for (let i = p.since === 'start' ? 0 : from.cursor; i < trace.length; i++) {
			const r = trace[i];
			if (r.type !== p.trace || !matches(r, p.where)) continue;
			if (++n < (p.count ?? 1)) continue;
			return r.t < from.tick
				? { tick: from.tick, cursor: from.cursor }
				: { tick: r.t, cursor: i + 1 };
		}
		return null;
	}
	for (let tick = from.tick; tick <= run.scenario.ticks; tick++)
		if (holds(p, { worlds, tick, cursor: from.cursor }))
			return { tick, cursor: Math.max(from.cursor, traceEnd(run, tick)) };
	return null;
}

function consumersIn(p: Predicate): string[] {
	if ('diverged' in p) return [p.diverged];
	if ('converged' in p) return [p.converged];
	if ('view' in p) return [p.view.consumer];
	if ('not' in p) return consumersIn(p.not);
	if ('all' in p) return p.all.flatMap(consumersIn);
	if ('any' in p) return p.any.flatMap(consumersIn);
	return [];
}

function predicatesOf(step: Step): Predicate[] {
	if ('waitFor' in step) return [step.waitFor];
	if ('ask' in step) return [step.revealWhen, ...step.choices.map((c) => c.correct)];
	return [];
}

/** The copy a message poke means: the next one to `consumer` sent from `tick` on. */
function pickCopy(
	run: Run,
	tick: number,
	pick: { consumer: string; position?: number; skip?: number }
) {
	const candidates = run.logs.trace.filter(
		(r) =>
			r.type === 'MessageSent' &&
			r.kind === 'event' &&
			r.t >= tick &&
			r.lostAt === null &&
			r.consumer === pick.consumer &&
			(pick.position === undefined || r.position === pick.position)
	);
	const copy = candidates[pick.skip ?? 0];
	return copy?.type === 'MessageSent' ? copy : null;
}

function injection(run: Run, tick: number, inject: Injection): Intervention | FaultSpec | string {
	const at = tick + 1;
	if ('crash' in inject)
		return { at, kind: 'crash', target: inject.crash, duration: inject.duration };
	if ('restart' in inject) return { at, kind: 'restart', target: inject.restart };
	if ('partition' in inject)
		return { at, kind: 'partition', target: inject.partition, duration: inject.duration };
	const pick =
		'duplicate' in inject ? inject.duplicate : 'drop' in inject ? inject.drop : inject.delay;
	const copy = pickCopy(run, tick, pick);
	if (!copy) return `no message to "${pick.consumer}" is sent from tick ${tick} on`;
	const when = Math.max(at, copy.t + 1);
	if ('duplicate' in inject) return { at: when, kind: 'duplicate', message: copy.message };
	if ('drop' in inject) return { at: when, kind: 'drop', message: copy.message };
	return { at: when, kind: 'delay', message: copy.message, ticks: inject.delay.ticks };
}

function addToScenario(scenario: Scenario, added: Intervention | FaultSpec): Scenario {
	if (added.kind === 'partition')
		return produce(scenario, (draft) => {
			draft.faults.push(added);
		});
	return withIntervention(scenario, added as Intervention);
}

export function resolveLesson(lesson: Lesson): ResolvedLesson {
	const parsed = parseScenario(lesson.scenario);
	if (!parsed.ok)
		throw new LessonError(
			lesson.slug,
			null,
			`invalid scenario:\n${formatScenarioErrors(parsed.errors)}`
		);
	let scenario = parsed.scenario;
	let run = simulate(scenario);
	let worlds = new Worlds(run);
	const ids = new Set(scenario.consumers.map((c) => c.id));
	const steps: ResolvedStep[] = [];
	let at: At = { tick: 0, cursor: 0 };
	lesson.steps.forEach((step, i) => {
		const fail = (message: string) => new LessonError(lesson.slug, i, message);
		for (const id of predicatesOf(step).flatMap(consumersIn))
			if (!ids.has(id)) throw fail(`"${id}" is not a consumer of the scenario`);
		const tick = at.tick;
		if ('waitFor' in step) {
			const next = firstAt(worlds, step.waitFor, at);
			if (next === null)
				throw fail(`waitFor ${JSON.stringify(step.waitFor)} never holds after tick ${tick}`);
			at = next;
			steps.push({ step, tick: at.tick });
		} else if ('ask' in step) {
			const reveal = firstAt(worlds, step.revealWhen, at);
			if (reveal === null) throw fail(`the reveal never happens after tick ${tick}`);
			const right = step.choices.flatMap((c, k) =>
				holds(c.correct, { worlds, tick: reveal.tick, cursor: at.cursor }) ? [k] : []
			);
			if (right.length !== 1)
				throw fail(`exactly one choice must be right at tick ${reveal.tick}; right: [${right}]`);
			steps.push({ step, tick, revealTick: reveal.tick, correct: right[0] });
			at = reveal;
		} else if ('inject' in step) {
			const added = injection(run, tick, step.inject);
			if (typeof added === 'string') throw fail(added);
			if (added.at > scenario.ticks)
				throw fail(`the injection at tick ${added.at} is past the run`);
			scenario = addToScenario(scenario, added);
			run = simulate(scenario);
			worlds = new Worlds(run);
			steps.push({ step, tick, injected: added });
		} else steps.push({ step, tick });
	});
	return { lesson, scenario, run, steps };
}
