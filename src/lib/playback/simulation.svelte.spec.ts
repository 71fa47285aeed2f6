import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPrepared, parseScenario, type Scenario } from '$lib/engine';
import { Simulation } from './simulation.svelte';

/** A counter run long enough that its whole-trace passes come in several steps. */
function longScenario(seed: number): Scenario {
	const parsed = parseScenario({
		format: 'eventscope/1',
		seed,
		ticks: 1200,
		domain: 'counter',
		network: { duplicate: 0.2, delayMin: 1, delayMax: 5 },
		options: { delivery: 'at-least-once' },
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [{ at: 1, every: 2, repeat: 590, stream: 'c-{i}', type: 'Add', data: { amount: 5 } }]
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.scenario;
}

/**
 * A page whose idle periods are run by hand, each 3 ms long, in which every look at the time left
 * finds a millisecond gone. (Outside them no time passes: a run is simulated at once.)
 */
function page() {
	let idle: IdleRequestCallback[] = [];
	vi.stubGlobal('window', {});
	vi.spyOn(performance, 'now').mockReturnValue(0);
	vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
	return {
		/** Runs the idle callbacks due; how many there were. */
		idlePeriod() {
			const due = idle;
			idle = [];
			for (const callback of due) {
				let left = 3;
				callback({ didTimeout: false, timeRemaining: () => Math.max(0, left--) });
			}
			return due.length;
		}
	};
}

describe('the sandbox prepares each run it shows while the page is idle', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.unstubAllGlobals();
	});

	it('given a run on screen, when the page is idle for a while, then no seek will wait for a whole-trace pass', () => {
		const { idlePeriod } = page();
		const sim = new Simulation(longScenario(1));
		expect(isPrepared(sim.run)).toBe(false);
		let periods = 0;
		while (idlePeriod() > 0) periods++;
		expect(isPrepared(sim.run)).toBe(true);
		// A few milliseconds at a time, never the whole preparation in one go.
		expect(periods).toBeGreaterThan(1);
	});

	it('given a run being prepared, when the scenario changes, then the new run is prepared instead', () => {
		const { idlePeriod } = page();
		const sim = new Simulation(longScenario(1));
		const first = sim.run;
		idlePeriod();
		sim.setScenario(longScenario(2));
		while (idlePeriod() > 0);
		expect(sim.run).not.toBe(first);
		expect(isPrepared(sim.run)).toBe(true);
		expect(isPrepared(first)).toBe(false);
	});

	it('given a run being prepared, when its page goes away, then the preparation stops', () => {
		const { idlePeriod } = page();
		const sim = new Simulation(longScenario(1));
		idlePeriod();
		sim.dispose();
		expect(idlePeriod()).toBe(1);
		expect(idlePeriod()).toBe(0);
		expect(isPrepared(sim.run)).toBe(false);
	});
});
