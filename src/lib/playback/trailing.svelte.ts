import { untrack } from 'svelte';

/** Changes closer together than this are one movement (a drag, fast play): about three frames. */
const movingMs = 50;

/**
 * A value that follows `read()` a frame behind: after a lone change (a step, a click on the
 * slider), in the frame after the one that shows it first; while `read()` changes frame after
 * frame (a drag along the time slider, fast play), in the first frame in which it did not change,
 * or after `maxLagMs` at the latest.
 *
 * What it is for: costly views beside the picture (the sandbox's panels, whose tables rewrite their
 * rows on a far seek). A seek then draws the picture in one frame and the panels in the next,
 * instead of both in one frame that is late; dragging draws the picture in every frame and the
 * panels whenever the hand rests. It is React's `useDeferredValue` idea, kept to frames. Never
 * use it for the picture itself. Create it while a component initialises: it runs an effect.
 */
export class Trailing<T> {
	current = $state.raw<T>() as T;

	constructor(read: () => T, maxLagMs = 100) {
		this.current = untrack(read);
		let next = this.current;
		/** When the newest value and the oldest one not yet shown came (performance.now()). */
		let newest = -Infinity;
		let oldest = 0;
		let frame = 0;

		// `now` is when this frame began: a change after it came in this frame (a drag's input
		// events and animation callbacks run before this one), so it waits for the next.
		const check = (now: number) => {
			frame = 0;
			if (newest >= now && newest - oldest < maxLagMs) {
				frame = requestAnimationFrame(check);
				return;
			}
			this.current = next;
		};

		$effect(() => {
			next = read();
			const at = performance.now();
			const moving = at - newest < movingMs;
			newest = at;
			if (frame !== 0 || next === untrack(() => this.current)) return;
			oldest = at;
			// A lone change (a key or a click, between frames) is on screen after the next frame: the
			// picture is drawn after that frame's animation callbacks, so the first callback only
			// waits, and the frame after it shows the change here. (A lone change made inside an
			// animation callback is shown a frame later than that.)
			frame = requestAnimationFrame(moving ? check : () => (frame = requestAnimationFrame(check)));
		});
		$effect(() => () => cancelAnimationFrame(frame));
	}
}
