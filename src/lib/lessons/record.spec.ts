import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, traceHash, withIntervention } from '$lib/engine';
import { checkLesson } from './authoring';
import { recordLesson } from './record';

function counterRun() {
	const parsed = parseScenario({
		format: 'eventscope/2',
		ticks: 40,
		consumers: [{ id: 'naive', readModel: 'counter-values' }],
		commands: [
			{ at: 2, every: 3, repeat: 8, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	});
	if (!parsed.ok) throw new Error('invalid');
	return parsed.scenario;
}

describe('a lesson recorded in the sandbox', () => {
	it('shows each caption at its tick, and replays the run exactly, pokes included', () => {
		let scenario = counterRun();
		scenario = withIntervention(scenario, { at: 12, kind: 'crash', target: 'naive', duration: 4 });
		const first = simulate(scenario);
		const copy = first.logs.trace.find((r) => r.type === 'MessageSent' && r.t >= 20);
		if (copy?.type !== 'MessageSent') throw new Error('no copy');
		scenario = withIntervention(scenario, {
			at: copy.t + 1,
			kind: 'duplicate',
			message: copy.message
		});
		const run = simulate(scenario);
		const lesson = recordLesson(run, [
			{ tick: 15, en: 'Down', ko: '' },
			{ tick: 5, en: 'Start', ko: '시작' }
		]);
		expect(lesson.steps.filter((s) => 'inject' in s)).toHaveLength(2);
		const checked = checkLesson(lesson);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.stops.map((s) => [s.tick, s.text?.en])).toEqual([
			[5, 'Start'],
			[15, 'Down']
		]);
		expect(traceHash(checked.resolved.run.logs)).toBe(traceHash(run.logs));
	});
});
