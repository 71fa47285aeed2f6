import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Trailing } from './trailing.svelte';

/**
 * A page whose clock, frames and timers are faked (a frame every 16 ms), and a table following a
 * cursor through Trailing. `seek(tick)` moves the cursor now (a key press, a click, a drag's
 * move); `wait(ms)` lets time pass, running the frames and timers due.
 */
function page() {
	const cursor = $state({ tick: 0 });
	let table!: Trailing<number>;
	const stop = $effect.root(() => {
		table = new Trailing(() => cursor.tick);
	});
	flushSync();
	return {
		table,
		stop,
		seek(tick: number) {
			cursor.tick = tick;
			flushSync();
		},
		wait(ms: number) {
			vi.advanceTimersByTime(ms);
			flushSync();
		}
	};
}

describe('Trailing: a costly view beside the picture follows the cursor', () => {
	beforeEach(() => {
		// Node has no frames: give it some for the fake clock to replace.
		vi.stubGlobal('requestAnimationFrame', () => 0);
		vi.stubGlobal('cancelAnimationFrame', () => {});
		vi.useFakeTimers({
			toFake: [
				'setTimeout',
				'clearTimeout',
				'requestAnimationFrame',
				'cancelAnimationFrame',
				'performance'
			]
		});
		vi.advanceTimersByTime(1000);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('shows a lone seek two frames after the one that draws it in the picture', () => {
		const { table, seek, wait, stop } = page();
		seek(5000);
		expect(table.current).toBe(0);
		wait(16); // the frame that draws the picture at 5000
		expect(table.current).toBe(0);
		wait(16);
		expect(table.current).toBe(0);
		wait(16);
		expect(table.current).toBe(5000);
		stop();
	});

	it('stays put while a drag moves the cursor in every frame, and follows once the hand rests', () => {
		const { table, seek, wait, stop } = page();
		for (const tick of [100, 200, 300, 400]) {
			seek(tick);
			wait(16);
			expect(table.current).toBe(0);
		}
		wait(16); // a frame without a move is not yet a rest
		expect(table.current).toBe(0);
		wait(100);
		expect(table.current).toBe(400);
		stop();
	});

	it('a drag whose second move comes two frames after its first waits for the hand to rest', () => {
		const { table, seek, wait, stop } = page();
		seek(10);
		wait(32);
		seek(20);
		wait(32);
		expect(table.current).toBe(0);
		wait(100);
		expect(table.current).toBe(20);
		stop();
	});

	it('a slow drag (a move every other frame) does not redraw the table between its moves', () => {
		const { table, seek, wait, stop } = page();
		const shown = new Set<number>();
		for (let tick = 1; tick <= 6; tick++) {
			seek(tick);
			wait(32);
			shown.add(table.current);
		}
		// Six moves in 192 ms: a catch-up or two (see the next case), not one after every move.
		expect(shown.size).toBeLessThanOrEqual(3);
		stop();
	});

	it('during a long drag still catches up at least every 100 ms', () => {
		const { table, seek, wait, stop } = page();
		const shown: number[] = [];
		for (let tick = 1; tick <= 40; tick++) {
			seek(tick);
			wait(16);
			shown.push(table.current);
		}
		const catchUps = shown.filter((t, i) => t !== (shown[i - 1] ?? 0));
		// 40 frames of 16 ms (640 ms): a catch-up every seven frames or so, never a longer wait.
		expect(catchUps.length).toBeGreaterThanOrEqual(5);
		for (let i = 1; i < catchUps.length; i++)
			expect(catchUps[i] - catchUps[i - 1]).toBeLessThanOrEqual(7);
		stop();
	});

	it('a step a while after the drag stopped is shown two frames after the picture again', () => {
		const { table, seek, wait, stop } = page();
		seek(10);
		wait(16);
		seek(20);
		wait(100);
		expect(table.current).toBe(20);
		wait(300);
		seek(21);
		wait(32);
		expect(table.current).toBe(20);
		wait(16);
		expect(table.current).toBe(21);
		stop();
	});

	it('a drag back to where the table is leaves it there', () => {
		const { table, seek, wait, stop } = page();
		seek(10);
		wait(16);
		seek(0);
		wait(200);
		expect(table.current).toBe(0);
		stop();
	});
});
