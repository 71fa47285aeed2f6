/**
 * The sandbox's reactive state: one scenario, its run, and a cursor in time. The run is a pure
 * function of the scenario (`simulate`), the world on screen a pure function of (run, tick)
 * (`worldAt`); both are immutable frames held in `$state.raw` / `$derived` and replaced whole.
 * Playing only moves the cursor (a Playhead). A poke at the system (drop a message, crash a consumer) FORKS
 * the timeline: it becomes an intervention in the scenario, and the new future is simulated.
 */
import { report, simulate, withIntervention, worldAt, type Run } from '$lib/engine/simulation';
import type { Intervention, Scenario } from '$lib/engine/scenario/types';
import { Playhead } from './playhead.svelte';

/** An intervention without its tick (it defaults to the next one): one per kind, not a blur. */
export type InterventionInput = Intervention extends infer I
	? I extends Intervention
		? Omit<I, 'at'> & { at?: number }
		: never
	: never;

export class Simulation extends Playhead {
	/** The scenario as data: settings, commands, faults and the user's interventions. */
	scenario = $state.raw<Scenario>() as Scenario;
	/** The event (global position) whose lineage is highlighted, or null. */
	selectedEvent = $state<number | null>(null);
	/**
	 * Topology nodes a lesson points at: a consumer id (its group and read model), an instance
	 * (`id#n`), `relay`, `store`, `snapshots`, `broker` or `queries`. Empty in the sandbox.
	 */
	highlight = $state.raw<readonly string[]>([]);

	readonly run: Run = $derived(simulate(this.scenario));
	readonly world = $derived(worldAt(this.run, this.tick));
	readonly report = $derived(report(this.run));

	constructor(scenario: Scenario) {
		super(4);
		this.scenario = scenario;
	}

	get lastTick(): number {
		return this.scenario.ticks;
	}

	/** Replaces the whole scenario (a settings change): a new run; the cursor stays where it is. */
	setScenario(next: Scenario): void {
		this.scenario = next;
		this.time = Math.min(this.time, next.ticks);
		this.selectedEvent = null;
	}

	/**
	 * Forks the timeline at the cursor: the intervention happens at the NEXT tick (the world on
	 * screen is the end of the current one), the past stays, the future is simulated anew.
	 */
	intervene(intervention: InterventionInput): void {
		const at = intervention.at ?? Math.min(this.lastTick, this.tick + 1);
		this.pause();
		this.scenario = withIntervention(this.scenario, { ...intervention, at } as Intervention);
	}
}
