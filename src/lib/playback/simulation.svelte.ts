/**
 * The sandbox's reactive state: one scenario, its run, and a cursor in time. The run is a pure
 * function of the scenario (`simulate`), the world on screen a pure function of (run, tick)
 * (`worldAt`); both are immutable frames held in `$state.raw` / `$derived` and replaced whole.
 * A long run is simulated in slices, the page painting between them. Playing only moves the
 * cursor (a Playhead). A poke at the system (drop a message, crash a consumer) FORKS the timeline:
 * it becomes an intervention in the scenario, and the new future is simulated.
 *
 * A scenario that passes validation should always run; if the engine throws on one anyway (a bug),
 * the run on screen and its scenario stay as they were and `failure` says what failed, so the page
 * can explain it and never saves the failed scenario as the sandbox.
 */
import {
	type Intervention,
	parseScenario,
	prepareRun,
	report,
	type Run,
	type Scenario,
	simulate,
	simulation,
	withIntervention,
	worldAt
} from '$lib/engine';
import { Playhead } from './playhead.svelte';

/** An intervention without its tick (it defaults to the next one): one per kind, not a blur. */
export type InterventionInput = Intervention extends infer I
	? I extends Intervention
		? Omit<I, 'at'> & { at?: number }
		: never
	: never;

/** A valid scenario on which the engine threw: kept so the page can show and export it. */
export interface EngineFailure {
	readonly scenario: Scenario;
	readonly message: string;
}

const failureOf = (scenario: Scenario, error: unknown): EngineFailure => ({
	scenario,
	message: error instanceof Error ? error.message : String(error)
});

/** What is on screen when even the page's first scenario fails: a store with nothing to do. */
function emptyScenario(): Scenario {
	const parsed = parseScenario({ format: 'eventscope/1', ticks: 1, consumers: [] });
	if (!parsed.ok) throw new Error('the empty scenario must be valid');
	return parsed.scenario;
}

/** How long one slice of a long simulation holds the page before letting it paint. */
const sliceMs = 40;

/** Where the browser cannot say how long it will be idle: preparing holds the page this long. */
const idleSliceMs = 10;

/** Chromium can tell whether input waits (`navigator.scheduling.isInputPending`). */
const inputPending = (): boolean =>
	typeof navigator !== 'undefined' &&
	((
		navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } }
	).scheduling?.isInputPending?.() ??
		false);

/**
 * Calls `work(more)` when the page is idle (after the frames due), or soon where the browser
 * cannot tell (Safari has no requestIdleCallback); `more()` says whether it may go on. The
 * browser grants one idle callback per idle period, up to 50 ms long: work goes on for as much of
 * it as is left, and stops at once for a key press or a click.
 */
function whenIdle(work: (more: () => boolean) => void): void {
	if (typeof requestIdleCallback === 'function')
		requestIdleCallback((idle) => work(() => idle.timeRemaining() > 1 && !inputPending()), {
			timeout: 200
		});
	else
		setTimeout(() => {
			const until = performance.now() + idleSliceMs;
			work(() => performance.now() < until);
		}, 0);
}

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

	/**
	 * The run on screen: the scenario's. While a long run is still being simulated (see
	 * `simulating`), the previous one stays on screen.
	 */
	run = $state.raw<Run>() as Run;
	/** How far a long run's simulation has got, in ticks, or null when the run on screen is current. */
	simulating = $state.raw<{ tick: number; ticks: number } | null>(null);
	/** The last scenario the engine threw on, or null (cleared by the next run that works). */
	failure = $state.raw<EngineFailure | null>(null);
	readonly world = $derived(worldAt(this.run, this.tick));
	readonly report = $derived(report(this.run));
	/** Bumped by every new scenario: a slice of an older one sees it and stops. */
	#job = 0;

	/** A seek asked for while a long run is simulated: applied to it once it is done. */
	#seekTo: number | null = null;

	constructor(scenario: Scenario) {
		super(4);
		// The first run is there at once (the page's first paint needs it): a default or a lesson.
		try {
			this.run = simulate(scenario);
			this.scenario = scenario;
		} catch (error) {
			this.failure = failureOf(scenario, error);
			this.scenario = emptyScenario();
			this.run = simulate(this.scenario);
		}
		this.#prepare(this.run);
	}

	/** The run on screen's: while a new one is simulated, the cursor moves over the previous run. */
	get lastTick(): number {
		return this.run.scenario.ticks;
	}

	override seek(tick: number): void {
		if (this.simulating) this.#seekTo = tick;
		super.seek(tick);
	}

	/**
	 * Simulates `next`. A run that takes more than one slice (sliceMs) goes on in slices between
	 * frames, so the page keeps painting and says how far it got; a newer scenario abandons it.
	 * A short run (every lesson, most sandboxes) is done in the first slice, at once.
	 */
	#load(next: Scenario): void {
		this.scenario = next;
		const job = ++this.#job;
		const steps = simulation(next);
		const slice = () => {
			if (job !== this.#job) return;
			const end = performance.now() + sliceMs;
			for (;;) {
				let step: IteratorResult<number, Run>;
				try {
					step = steps.next();
				} catch (error) {
					return this.#fail(next, error);
				}
				if (step.done) return this.#show(step.value);
				if (performance.now() >= end) {
					this.simulating = { tick: step.value, ticks: next.ticks };
					setTimeout(slice, 0);
					return;
				}
			}
		};
		slice();
	}

	/** The engine threw on `next`: back to the scenario of the run on screen, and say so. */
	#fail(next: Scenario, error: unknown): void {
		this.failure = failureOf(next, error);
		this.scenario = this.run.scenario;
		this.simulating = null;
		this.#seekTo = null;
	}

	/** Puts a new run on screen, the cursor where it was or where a seek asked meanwhile. */
	#show(run: Run): void {
		this.run = run;
		this.failure = null;
		this.simulating = null;
		const time = this.#seekTo ?? this.time;
		this.#seekTo = null;
		this.time = Math.max(0, Math.min(run.scenario.ticks, time));
		this.#prepare(run);
	}

	/**
	 * Runs the run's one-time analyses (prepareRun) a step at a time while the page is idle, so
	 * that no seek, not even the first, stalls on a whole-trace pass. A newer run abandons it; a
	 * seek that needs a pass before then finishes it itself.
	 */
	#prepare(run: Run): void {
		if (typeof window === 'undefined') return; // prerendering: no seeks to come
		const job = this.#job;
		const steps = prepareRun(run);
		const slice = (more: () => boolean) => {
			if (job !== this.#job) return;
			try {
				while (!steps.next().done) if (!more()) return whenIdle(slice);
			} catch {
				// An analysis that throws is not fatal: a seek that needs it runs it, and shows why.
			}
		};
		whenIdle(slice);
	}

	/**
	 * Stops the work still to come for a page that goes away: a long run's simulation slices and
	 * the run's preparation (leaving a lesson or the sandbox would otherwise finish them).
	 */
	dispose(): void {
		this.#job++;
	}

	/** Replaces the whole scenario (a settings change): a new run; the cursor stays where it is. */
	setScenario(next: Scenario): void {
		this.selectedEvent = null;
		this.#load(next);
	}

	/**
	 * Forks the timeline at the cursor: the intervention happens at the NEXT tick (the world on
	 * screen is the end of the current one), the past stays, the future is simulated anew.
	 */
	intervene(intervention: InterventionInput): void {
		const at = intervention.at ?? Math.min(this.lastTick, this.tick + 1);
		this.pause();
		this.#load(withIntervention(this.scenario, { ...intervention, at } as Intervention));
	}
}
