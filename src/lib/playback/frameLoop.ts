/**
 * The one animation loop every player uses (sandbox, lessons, compare): calls `advance` with the
 * wall-clock milliseconds since the last frame. It stands still while the tab is hidden, and a long
 * gap (a hidden tab, a breakpoint) never leaps a run forward by more than 100 ms of play.
 * Returns the stop function, so it fits an `$effect`'s cleanup.
 */
const maxFrameMs = 100;

export function frameLoop(advance: (ms: number) => void): () => void {
	let last = performance.now();
	let frame = requestAnimationFrame(function loop(now) {
		const ms = Math.min(maxFrameMs, now - last);
		last = now;
		if (!document.hidden) advance(ms);
		frame = requestAnimationFrame(loop);
	});
	return () => cancelAnimationFrame(frame);
}
