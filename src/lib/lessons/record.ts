/**
 * A lesson recorded in the sandbox: the run on screen, with captions at the ticks where the
 * teacher stopped to speak. The scenario goes in as it is, except that its interventions become
 * `inject` steps at their ticks, so the lesson shows them as things it does. A message poke
 * becomes an inject only where the lesson's "next copy to this consumer" picks the very same
 * copy at the very same tick; otherwise (a copy poked long after it was sent) it stays in the
 * scenario, so the recorded lesson always replays the run exactly as it was seen.
 */
import type { Intervention, Run, Scenario } from '$lib/engine';
import { parseLesson } from './authoring';
import { resolveLesson } from './runner';

export interface RecordedCaption {
	tick: number;
	en: string;
	ko: string;
}

type Step = Record<string, unknown>;

function injectionOf(run: Run, poke: Intervention): Step | null {
	if (poke.at < 1) return null;
	if (poke.kind === 'crash') return { crash: poke.target, duration: poke.duration };
	if (poke.kind === 'restart') return { restart: poke.target };
	const sent = run.logs.trace.find((r) => r.type === 'MessageSent' && r.message === poke.message);
	if (sent?.type !== 'MessageSent' || sent.kind !== 'event') return null;
	const pick = { consumer: sent.consumer, position: sent.position };
	if (poke.kind === 'delay') return { delay: { ...pick, ticks: poke.ticks } };
	return poke.kind === 'drop' ? { drop: pick } : { duplicate: pick };
}

const textOf = (c: RecordedCaption) => ({
	...(c.en.trim() ? { en: c.en.trim() } : {}),
	...(c.ko.trim() ? { ko: c.ko.trim() } : {})
});

function build(scenario: Scenario, captions: RecordedCaption[], injected: [Intervention, Step][]) {
	const kept = scenario.interventions.filter((i) => !injected.some(([p]) => p === i));
	// A caption at tick t shows the end of t; a poke at tick t strikes during t, after the caption at t - 1.
	const moments = [
		...captions.map((c) => ({ key: 2 * c.tick, tick: c.tick, step: { say: textOf(c) } })),
		...injected.map(([p, inject]) => ({ key: 2 * p.at - 1, tick: p.at - 1, step: { inject } }))
	].sort((a, b) => a.key - b.key);
	const steps: Step[] = [];
	let now = 0;
	for (const m of moments) {
		if (m.tick > now) steps.push({ waitFor: { tick: m.tick } });
		now = Math.max(now, m.tick);
		steps.push(m.step);
	}
	return {
		slug: 'from-the-sandbox',
		title: { en: scenario.title },
		scenario: { ...scenario, interventions: kept },
		steps
	};
}

const sameInterventions = (a: readonly Intervention[], b: readonly Intervention[]) => {
	const key = (list: readonly Intervention[]) =>
		list
			.map((i) => JSON.stringify(i))
			.sort()
			.join('\n');
	return key(a) === key(b);
};

/** The lesson (as an author writes it) of this run with these captions. */
export function recordLesson(run: Run, captions: readonly RecordedCaption[]) {
	const { scenario } = run;
	const sorted = [...captions].sort((a, b) => a.tick - b.tick);
	const injected = scenario.interventions.flatMap((p): [Intervention, Step][] => {
		const inject = injectionOf(run, p);
		return inject ? [[p, inject]] : [];
	});
	const lesson = build(scenario, sorted, injected);
	const parsed = parseLesson(lesson);
	try {
		if (
			parsed.ok &&
			sameInterventions(resolveLesson(parsed.lesson).scenario.interventions, scenario.interventions)
		)
			return lesson;
	} catch {
		// A pick that finds no copy: fall back below.
	}
	// Crashes and restarts as steps (always exact); message pokes stay in the scenario.
	const exact = injected.filter(([p]) => p.kind === 'crash' || p.kind === 'restart');
	return build(scenario, sorted, exact);
}
