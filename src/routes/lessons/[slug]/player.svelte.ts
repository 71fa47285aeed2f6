/**
 * The lesson player's state: which stop is current, the learner's answer to an ask, and the tick
 * the run is playing towards. It only moves the Simulation's cursor: "Next" plays from the
 * previous stop's end to the next stop's tick and pauses there; an ask plays on to its reveal
 * once the learner has guessed (or pressed Next). The picture is always the engine's world.
 */
import type { Simulation } from '$lib/sim/simulation.svelte';
import type { Stop } from '$lib/lessons';

/** Wall-clock seconds a stop's playback takes: short hops stay visible, long ones stay short. */
const secondsFor = (ticks: number) => Math.max(0.8, Math.min(3.5, ticks / 5));

export class LessonPlayer {
	index = $state(0);
	/** The learner's choice on the current ask, or null. */
	answer = $state<number | null>(null);
	revealed = $state(false);
	/** The tick being played towards, or null when paused at a stop. */
	target = $state<number | null>(null);
	animate = true;
	#speed = 4;
	#then: (() => void) | null = null;

	constructor(
		readonly stops: readonly Stop[],
		readonly sim: Simulation
	) {}

	get stop(): Stop {
		return this.stops[this.index];
	}

	get last(): boolean {
		return this.index === this.stops.length - 1;
	}

	/** Shows stop `i`: plays up to it from the previous stop's end, or jumps straight there. */
	show(i: number, play: boolean): void {
		this.finish();
		this.index = Math.max(0, Math.min(this.stops.length - 1, i));
		this.answer = null;
		this.revealed = false;
		const stop = this.stop;
		this.sim.selectedEvent = stop.highlight?.events?.at(-1) ?? null;
		this.sim.highlight = stop.highlight?.nodes ?? [];
		if (play && this.animate && stop.tick > stop.fromTick) {
			this.sim.seek(stop.fromTick);
			this.#playTo(stop.tick, null);
		} else this.sim.seek(stop.tick);
	}

	next(): void {
		if (this.target !== null) this.finish();
		if (this.stop.ask && !this.revealed) return this.reveal();
		if (!this.last) this.show(this.index + 1, true);
	}

	back(): void {
		this.show(this.index - 1, false);
	}

	replay(): void {
		this.show(this.index, true);
	}

	choose(choice: number): void {
		if (this.answer !== null || this.revealed) return;
		this.answer = choice;
		this.reveal();
	}

	reveal(): void {
		const ask = this.stop.ask;
		if (!ask) return;
		this.finish();
		this.#playTo(ask.revealTick, () => (this.revealed = true));
	}

	/** Ends any playback now: the cursor lands on its target, as if it had played. */
	finish(): void {
		if (this.target === null) return;
		this.sim.time = this.target;
		this.#arrive();
	}

	/** Called every animation frame with the wall-clock milliseconds since the last one. */
	advance(ms: number): void {
		if (this.target === null) return;
		this.sim.time = Math.min(this.target, this.sim.time + (ms / 1000) * this.#speed);
		if (this.sim.time >= this.target) this.#arrive();
	}

	#playTo(tick: number, then: (() => void) | null): void {
		this.#then = then;
		if (!this.animate || tick <= this.sim.time) {
			this.target = tick;
			this.finish();
			return;
		}
		this.#speed = (tick - this.sim.time) / secondsFor(tick - this.sim.time);
		this.target = tick;
		this.sim.playing = true;
	}

	#arrive(): void {
		const tick = this.target ?? this.sim.tick;
		this.target = null;
		this.sim.playing = false;
		this.sim.seek(tick);
		const then = this.#then;
		this.#then = null;
		then?.();
	}
}
