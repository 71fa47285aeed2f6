/**
 * The lesson player's state: which stop is current, the learner's answer to an ask, and the tick
 * the run is playing towards. It only moves the Simulation's cursor: "Next" plays from the
 * previous stop's end to the next stop's tick and pauses there; an ask plays on to its reveal
 * once the learner has guessed (or pressed Next). The picture is always the engine's world.
 *
 * Inside a step the learner holds the pace: Pause holds the playback on the whole tick on screen,
 * Step moves it one tick (and starts the next playback held when none is under way), and the
 * speed is a multiple of the step's own pace.
 */
import type { Simulation } from '$lib/playback/simulation.svelte';
import type { Stop } from '$lib/lessons';

/** Wall-clock seconds a stop's playback takes at 1×: short hops stay visible, long ones short. */
const secondsFor = (ticks: number) => Math.max(0.8, Math.min(3.5, ticks / 5));

/** The speeds a learner can choose, as multiples of a step's own pace. */
export const lessonSpeeds = [0.25, 0.5, 1, 2] as const;
export type LessonSpeed = (typeof lessonSpeeds)[number];

export class LessonPlayer {
	index = $state(0);
	/** The learner's choice on the current ask, or null. */
	answer = $state<number | null>(null);
	revealed = $state(false);
	/** The tick being played towards, or null when at rest on a stop. */
	target = $state<number | null>(null);
	/** A playback under way is held (Pause or Step): the cursor rests on a whole tick. */
	held = $state(false);
	/** The learner's speed, a multiple of each playback's own pace. */
	speed = $state<LessonSpeed>(1);
	animate = true;
	/** Ticks per wall-clock second of the playback under way, at 1×. */
	#pace = 4;
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

	/** The lesson has nothing more to play: the last stop, its ask (if any) revealed. */
	get done(): boolean {
		return this.target === null && this.last && (!this.stop.ask || this.revealed);
	}

	/** The cursor is moving (a playback under way and not held). */
	get moving(): boolean {
		return this.target !== null && !this.held;
	}

	/** Shows stop `i`: plays up to it from the previous stop's end, or jumps straight there. */
	show(i: number, play: boolean): void {
		this.#show(i, play, false);
	}

	next(): void {
		if (this.target !== null) this.finish();
		this.#onward(false);
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
		this.#reveal(false);
	}

	/** Holds the playback under way on the whole tick on screen. */
	pause(): void {
		if (this.target === null || this.held) return;
		this.held = true;
		this.sim.pause();
	}

	/** Plays a held playback on (at once to its end under reduced motion). */
	resume(): void {
		if (this.target === null || !this.held) return;
		if (!this.animate) return this.finish();
		this.held = false;
		this.sim.playing = true;
	}

	/** Pause, or play on: a held playback resumes, and at rest the next step plays (as Next). */
	toggle(): void {
		if (this.target === null) this.next();
		else if (this.held) this.resume();
		else this.pause();
	}

	/**
	 * One tick on, then held. At rest on a stop, the next playback (the ask's reveal, or the way
	 * to the next stop) starts held and moves its first tick; a stop with nothing to play between
	 * it and the next is simply left for the next one.
	 */
	step(): void {
		if (this.target === null) {
			if (this.done) return;
			this.#onward(true);
			if (this.target === null) return;
		}
		this.pause();
		this.sim.time = Math.min(this.target, this.sim.tick + 1);
		if (this.sim.time >= this.target) this.#arrive();
	}

	setSpeed(speed: LessonSpeed): void {
		this.speed = speed;
	}

	/** One speed slower or faster (the `<` and `>` keys), within the choices. */
	changeSpeed(by: -1 | 1): void {
		const i = lessonSpeeds.indexOf(this.speed) + by;
		this.speed = lessonSpeeds[Math.max(0, Math.min(lessonSpeeds.length - 1, i))];
	}

	/** Ends any playback now: the cursor lands on its target, as if it had played. */
	finish(): void {
		if (this.target === null) return;
		this.sim.time = this.target;
		this.#arrive();
	}

	/** Called every animation frame with the wall-clock milliseconds since the last one. */
	advance(ms: number): void {
		if (!this.moving || this.target === null) return;
		const ticks = (ms / 1000) * this.#pace * this.speed;
		this.sim.time = Math.min(this.target, this.sim.time + ticks);
		if (this.sim.time >= this.target) this.#arrive();
	}

	#show(i: number, play: boolean, hold: boolean): void {
		this.finish();
		this.index = Math.max(0, Math.min(this.stops.length - 1, i));
		this.answer = null;
		this.revealed = false;
		const stop = this.stop;
		this.sim.selectedEvent = stop.highlight?.events?.at(-1) ?? null;
		this.sim.highlight = stop.highlight?.nodes ?? [];
		if (play && stop.tick > stop.fromTick) {
			this.sim.seek(stop.fromTick);
			this.#playTo(stop.tick, null, hold);
		} else this.sim.seek(stop.tick);
	}

	/** What Next does at rest: the ask's reveal, or the way to the next stop. */
	#onward(hold: boolean): void {
		if (this.stop.ask && !this.revealed) this.#reveal(hold);
		else if (!this.last) this.#show(this.index + 1, true, hold);
	}

	#reveal(hold: boolean): void {
		const ask = this.stop.ask;
		if (!ask) return;
		this.finish();
		this.#playTo(ask.revealTick, () => (this.revealed = true), hold);
	}

	/** Plays towards `tick`; under reduced motion it lands there at once, unless held (Step). */
	#playTo(tick: number, then: (() => void) | null, hold: boolean): void {
		this.#then = then;
		this.target = tick;
		if (tick <= this.sim.time || (!this.animate && !hold)) return this.finish();
		this.#pace = (tick - this.sim.time) / secondsFor(tick - this.sim.time);
		this.held = hold;
		this.sim.playing = !hold;
	}

	#arrive(): void {
		const tick = this.target ?? this.sim.tick;
		this.target = null;
		this.held = false;
		this.sim.playing = false;
		this.sim.seek(tick);
		const then = this.#then;
		this.#then = null;
		then?.();
	}
}
