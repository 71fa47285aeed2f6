/**
 * A cursor in simulated time that can play: the sandbox, the lessons and the comparison lab all
 * move one. `time` is fractional while playing (motion is smooth between ticks), `tick` the whole
 * tick on screen. Playing only moves the cursor; what is drawn at it is the subclass's business.
 */
export abstract class Playhead {
	/** The cursor, in ticks; fractional while playing. */
	time = $state(0);
	playing = $state(false);
	/** Simulated ticks per second of wall-clock time while playing. */
	speed = $state(4);

	/** The last tick of the run(s) under the cursor. */
	abstract get lastTick(): number;

	// `$derived.by`: the subclass's `lastTick` is read when `tick` is, never during construction.
	readonly tick: number = $derived.by(() =>
		Math.max(0, Math.min(this.lastTick, Math.floor(this.time)))
	);

	constructor(speed: number) {
		this.speed = speed;
	}

	seek(tick: number): void {
		this.time = Math.max(0, Math.min(this.lastTick, Math.round(tick)));
	}

	stepBy(ticks: number): void {
		this.playing = false;
		this.seek(this.tick + ticks);
	}

	/** Plays from the cursor, or from the start when it is at the end. */
	play(): void {
		if (this.tick >= this.lastTick) this.time = 0;
		this.playing = true;
	}

	/** Stops on the whole tick on screen. */
	pause(): void {
		this.playing = false;
		this.time = this.tick;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** Advances the cursor by wall-clock milliseconds (called from requestAnimationFrame). */
	advance(ms: number): void {
		if (!this.playing) return;
		const next = this.time + (ms / 1000) * this.speed;
		if (next >= this.lastTick) {
			this.time = this.lastTick;
			this.playing = false;
		} else this.time = next;
	}
}
