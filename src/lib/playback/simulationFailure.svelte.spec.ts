/**
 * A valid scenario on which the engine throws anyway (a bug): the sandbox keeps the run it had and
 * says what failed, instead of a page that never becomes interactive. The engine is made to throw
 * on scenarios titled "boom" (after some ticks, as a real bug would).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseScenario, type Scenario } from '$lib/engine';
import { Simulation } from './simulation.svelte';

vi.mock('$lib/engine', async (importOriginal) => {
	const engine = await importOriginal<typeof import('$lib/engine')>();
	function* failing(scenario: Scenario): Generator<number, never, void> {
		for (let tick = 1; tick <= 3; tick++) yield tick;
		throw new TypeError(`log.push is not a function (${scenario.title})`);
	}
	const simulation: typeof engine.simulation = (scenario, options) =>
		scenario.title === 'boom' ? failing(scenario) : engine.simulation(scenario, options);
	const simulate: typeof engine.simulate = (scenario, options) => {
		if (scenario.title === 'boom') throw new TypeError('log.push is not a function (boom)');
		return engine.simulate(scenario, options);
	};
	return { ...engine, simulation, simulate };
});

function scenario(title: string): Scenario {
	const parsed = parseScenario({
		format: 'eventscope/1',
		title,
		ticks: 30,
		commands: [{ at: 1, repeat: 5, stream: 'counter-1', type: 'Add', data: { amount: 1 } }]
	});
	if (!parsed.ok) throw new Error('invalid test scenario');
	return parsed.scenario;
}

describe('a valid scenario the engine fails on', () => {
	it('given a run on screen, when the next scenario fails, then the run and its scenario stay and the failure says why', () => {
		const sim = new Simulation(scenario('fine'));
		const before = sim.run;
		const boom = scenario('boom');
		sim.setScenario(boom);
		expect(sim.failure?.scenario).toBe(boom);
		expect(sim.failure?.message).toContain('log.push is not a function');
		expect(sim.run).toBe(before);
		expect(sim.scenario).toBe(before.scenario);
		expect(sim.simulating).toBeNull();
	});

	it('given a failure, when a scenario that works comes next, then the failure is gone', () => {
		const sim = new Simulation(scenario('fine'));
		sim.setScenario(scenario('boom'));
		const next = scenario('fine again');
		sim.setScenario(next);
		expect(sim.failure).toBeNull();
		expect(sim.run.scenario).toBe(next);
	});

	it('given a first scenario that fails, the page still gets a run (an empty store) and the failure', () => {
		const sim = new Simulation(scenario('boom'));
		expect(sim.failure?.scenario.title).toBe('boom');
		expect(sim.run.scenario.commands).toEqual([]);
		expect(() => sim.world).not.toThrow();
	});
});
