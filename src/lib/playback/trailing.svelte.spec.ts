import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Trailing } from './trailing.svelte';

/**
 * A page with its frames run by hand, and a table following a cursor through Trailing.
 * `frame({ ms, seek })` begins a frame `ms` after the last one; a drag's move (`seek`) is handled
 * first, as Chromium dispatches pointer moves at the start of a frame, then the animation
 * callbacks run. `seek(tick)` alone is a key press or a click, between frames.
 */
function page() {
	let clock = 1000;
	let callbacks: FrameRequestCallback[] = [];
	vi.spyOn(performance, 'now').mockImplementation(() => clock);
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
		callbacks.push(callback)
	);
	vi.stubGlobal('cancelAnimationFrame', () => {});

	const cursor = $state({ tick: 0 });
	let table!: Trailing<number>;
	const stop = $effect.root(() => {
		table = new Trailing(() => cursor.tick);
	});
	flushSync();
	const seek = (tick: number) => {
		clock += 1;
		cursor.tick = tick;
		flushSync();
	};
	return {
		table,
		stop,
		seek,
		frame({ ms = 16, drag }: { ms?: number; drag?: number } = {}) {
			clock += ms;
			const began = clock;
			if (drag !== undefined) seek(drag);
			const due = callbacks;
			callbacks = [];
			for (const callback of due) callback(began);
			flushSync();
		}
	};
}

describe('Trailing: a costly view beside the picture follows the cursor', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.unstubAllGlobals();
	});

	it('shows a lone seek in the frame after the one that draws it in the picture', () => {
		const { table, frame, seek, stop } = page();
		frame({ ms: 500 });
		seek(5000);
		expect(table.current).toBe(0);
		frame(); // the picture at 5000
		expect(table.current).toBe(0);
		frame();
		expect(table.current).toBe(5000);
		stop();
	});

	it('stays put while a drag moves the cursor in every frame, and follows in the first frame without a move', () => {
		const { table, frame, stop } = page();
		frame({ ms: 500, drag: 100 }); // the picture at 100
		for (const tick of [200, 300, 400]) {
			frame({ drag: tick });
			expect(table.current).toBe(0);
		}
		frame(); // the hand rests
		expect(table.current).toBe(400);
		stop();
	});

	it('during a long drag still catches up at least every 100 ms', () => {
		const { table, frame, stop } = page();
		frame({ ms: 500, drag: 0 });
		const shown: number[] = [];
		for (let tick = 1; tick <= 40; tick++) {
			frame({ drag: tick });
			shown.push(table.current);
		}
		const catchUps = shown.filter((t, i) => t !== (shown[i - 1] ?? 0));
		// 40 frames of 16 ms (640 ms): a catch-up every seven frames or so, never a longer wait.
		expect(catchUps.length).toBeGreaterThanOrEqual(5);
		for (let i = 1; i < catchUps.length; i++)
			expect(catchUps[i] - catchUps[i - 1]).toBeLessThanOrEqual(8);
		stop();
	});

	it('a step a while after the drag stopped is shown a frame after the picture again', () => {
		const { table, frame, seek, stop } = page();
		frame({ ms: 500, drag: 10 });
		frame({ drag: 20 });
		frame();
		expect(table.current).toBe(20);
		frame({ ms: 300 });
		seek(21);
		frame();
		expect(table.current).toBe(20);
		frame();
		expect(table.current).toBe(21);
		stop();
	});
});
