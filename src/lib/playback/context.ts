/** Shares the page's Simulation with every panel below it (Svelte context, typed). */
import { getContext, setContext } from 'svelte';
import type { Simulation } from './simulation.svelte';

const key = Symbol('simulation');

export function setSimulation(sim: Simulation): Simulation {
	return setContext(key, sim);
}

export function getSimulation(): Simulation {
	const sim = getContext<Simulation | undefined>(key);
	if (!sim) throw new Error('getSimulation() outside a simulation page');
	return sim;
}
