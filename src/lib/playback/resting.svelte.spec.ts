import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Resting } from './resting.svelte';

/** The copies on the wire at the cursor, and the buttons over them that wait for it to rest. */
function wire(options: { focused?: () => boolean } = {}) {
	const cursor = $state({ copies: ['m1', 'm2'] as string[] | null });
	let buttons!: Resting<string[]>;
	const stop = $effect.root(() => {
		buttons = new Resting(() => cursor.copies, 150, options.focused);
	});
	flushSync();
	const move = (copies: string[] | null) => {
		cursor.copies = copies;
		flushSync();
	};
	return { buttons, move, stop };
}

describe('Resting: buttons over the copies wait until the cursor rests', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('has nothing current until the value has rested, then the value', () => {
		const { buttons, stop } = wire();
		expect(buttons.current).toBeNull();
		vi.advanceTimersByTime(149);
		expect(buttons.current).toBeNull();
		vi.advanceTimersByTime(1);
		expect(buttons.current).toEqual(['m1', 'm2']);
		stop();
	});

	it('drops the current value at once when the cursor moves, and keeps the last rested one', () => {
		const { buttons, move, stop } = wire();
		vi.advanceTimersByTime(150);
		move(['m3']);
		expect(buttons.current).toBeNull();
		expect(buttons.kept).toEqual(['m1', 'm2']);
		vi.advanceTimersByTime(150);
		expect(buttons.current).toEqual(['m3']);
		expect(buttons.kept).toEqual(['m3']);
		stop();
	});

	it('never rests on a value the cursor only passed through', () => {
		const { buttons, move, stop } = wire();
		for (const copy of ['a', 'b', 'c']) {
			move([copy]);
			vi.advanceTimersByTime(100);
		}
		expect(buttons.current).toBeNull();
		expect(buttons.kept).toBeNull();
		vi.advanceTimersByTime(50);
		expect(buttons.current).toEqual(['c']);
		stop();
	});

	it('while playing (no value) keeps what last rested for a view to hide', () => {
		const { buttons, move, stop } = wire();
		vi.advanceTimersByTime(150);
		move(null);
		expect(buttons.current).toBeNull();
		expect(buttons.kept).toEqual(['m1', 'm2']);
		stop();
	});

	it('skips the wait while focus is on one of the buttons', () => {
		const { buttons, move, stop } = wire({ focused: () => true });
		move(['m4']);
		expect(buttons.current).toEqual(['m4']);
		expect(buttons.kept).toEqual(['m4']);
		stop();
	});
});
