import { untrack } from 'svelte';

/**
 * A value that follows `read()` a frame or two behind: after a lone change (a step, a click on
 * the slider), two frames after the one that shows it first; while `read()` keeps changing (a drag
 * along the time slider, fast play), once it has rested for `restMs`, or `maxLag()` ms after the
 * oldest change not yet shown at the latest.
 *
 * What it is for: costly views beside the picture (the sandbox's panels, whose tables rewrite their
 * rows on a far seek). A seek then draws the picture in one frame and the panels two frames
 * later, instead of both in one frame that is late; dragging draws the picture in every frame and the
 * panels whenever the hand rests. It is React's `useDeferredValue` idea, kept to frames. Never
 * use it for the picture itself. Create it while a component initialises: it runs an effect.
 */
export class Trailing<T> {
	current = $state.raw<T>() as T;

	constructor(
		read: () => T,
		{ restMs = 100, maxLag = (): number => 100 }: { restMs?: number; maxLag?: () => number } = {}
	) {
		this.current = untrack(read);
		let next = this.current;
		/** When the newest value and the oldest one not yet shown came (performance.now()). */
		let newest = -Infinity;
		let oldest = 0;
		let frame = 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const cancel = () => {
			cancelAnimationFrame(frame);
			clearTimeout(timer);
			frame = 0;
			timer = undefined;
		};
		const show = () => {
			cancel();
			this.current = next;
		};
		/** Shows the newest value in the `n`th animation frame from now. */
		const afterFrames = (n: number) => {
			frame = requestAnimationFrame(() => (n > 1 ? afterFrames(n - 1) : show()));
		};

		$effect(() => {
			next = read();
			const pending = frame !== 0 || timer !== undefined;
			// Nothing to show (the first run, or back where it is shown): not a movement either.
			if (!pending && next === untrack(() => this.current)) return;
			const at = performance.now();
			const moving = at - newest < restMs;
			newest = at;
			if (!pending) oldest = at;
			if (!moving && !pending) {
				// A lone change (a key or a click, between frames) is on screen two frames after the
				// picture shows it: the picture is drawn after the next frame's animation callbacks.
				// Not one frame: a drag's first move looks lone too, and a slow hand's second move
				// (two frames later) would then meet the panels' catch-up in its frame.
				afterFrames(3);
				return;
			}
			cancel();
			timer = setTimeout(show, Math.max(0, Math.min(restMs, oldest + untrack(maxLag) - at)));
		});
		$effect(() => cancel);
	}
}
