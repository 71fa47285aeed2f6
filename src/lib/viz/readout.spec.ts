import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxTextWidth } from './layout';
import {
	fitTitle,
	placeReadout,
	readoutFontSize,
	textTop,
	titleFontSize,
	type ReadoutLine
} from './readout';

const handler = { x: 100, y: 40, width: 150, height: 80 };

describe('placeReadout: a node’s lines of state under its title', () => {
	it('stacks the lines under the title, left-aligned with it, in their tones', () => {
		const lines: ReadoutLine[] = [
			{ text: 'c12 Add', tone: 'strong' },
			{ text: 'counter-1 v4' },
			{ text: 'retry 1', tone: 'bad' }
		];
		const placed = placeReadout(handler, lines);
		expect(placed.map((l) => [l.text, l.tone])).toEqual([
			['c12 Add', 'strong'],
			['counter-1 v4', undefined],
			['retry 1', 'bad']
		]);
		expect(placed.every((l) => l.x === handler.x + 7)).toBe(true);
		// Below the title's baseline (14 px down) by at least a line of 12 px text.
		expect(placed[0].y).toBeGreaterThanOrEqual(handler.y + 14 + readoutFontSize);
		expect(placed[1].y - placed[0].y).toBe(15);
	});

	it('a cylinder’s lines start below its lip', () => {
		const [flat] = placeReadout(handler, [{ text: '12 events' }]);
		const [store] = placeReadout(handler, [{ text: '12 events' }], 'cylinder');
		expect(store.y - flat.y).toBe(9);
	});

	it('a box too short to stack its lines joins them on one, in the bad tone if one is bad', () => {
		const instance = { x: 400, y: 300, width: 200, height: 34 };
		const placed = placeReadout(instance, [
			{ text: 'crashed', tone: 'bad' },
			{ text: 'owes 4 acks' }
		]);
		expect(placed).toEqual([
			expect.objectContaining({ text: 'crashed · owes 4 acks', tone: 'bad' })
		]);
	});

	// Six handlers in a 720 px picture: 30 px boxes. Their line once sat on their title ("h1" over
	// "c300 Add").
	it('a box too short for a line under its title puts the line after the title', () => {
		const short = { x: 10, y: 100, width: 220, height: 30 };
		const [line, ...more] = placeReadout(
			short,
			[{ text: 'c300 Add', tone: 'strong' }, { text: 'counter-200' }],
			'rect',
			'h1'
		);
		expect(more).toEqual([]);
		expect(line).toMatchObject({ text: 'c300 Add · counter-200', tone: 'strong', y: 114 });
		expect(line.x).toBeGreaterThanOrEqual(short.x + 7 + approxTextWidth('h1', titleFontSize));
	});

	it('cuts a line too long for the box with an ellipsis', () => {
		const narrow = { ...handler, width: 90 };
		const [line] = placeReadout(narrow, [{ text: 'counter-values-by-stream' }]);
		expect(line.text.endsWith('…')).toBe(true);
		expect('counter-values-by-stream'.startsWith(line.text.slice(0, -1))).toBe(true);
	});

	// A cylinder's lip takes 9 px of its height: the layout makes none shorter than 42 px.
	// (Its lines once ignored the lip: a 61 px store ran its third line past its bottom.)
	it('every line fits inside its box and clears its title, whatever the box, title and lines', () => {
		const box = fc.record({
			x: fc.integer({ min: 0, max: 800 }),
			y: fc.integer({ min: 0, max: 400 }),
			width: fc.integer({ min: 60, max: 240 }),
			height: fc.integer({ min: 24, max: 140 })
		});
		const line = fc.record({
			text: fc.string({ minLength: 1, maxLength: 40 }),
			tone: fc.constantFrom(undefined, 'muted', 'strong', 'bad', 'ok' as const)
		});
		fc.assert(
			fc.property(
				box,
				fc.array(line, { minLength: 1, maxLength: 4 }),
				fc.constantFrom('rect', 'cylinder' as const),
				fc.string({ minLength: 1, maxLength: 30 }),
				(rect, lines, shape, title) => {
					if (shape === 'cylinder' && rect.height < 42) return;
					const titleBaseline = textTop(rect, shape) + 14;
					const titleEnd =
						rect.x + 7 + approxTextWidth(fitTitle(rect, title), titleFontSize * 1.05);
					for (const l of placeReadout(rect, lines, shape, title)) {
						expect(l.x).toBeGreaterThan(rect.x);
						expect(l.x + l.width).toBeLessThan(rect.x + rect.width);
						expect(approxTextWidth(l.text, readoutFontSize * 1.05)).toBeLessThanOrEqual(l.width);
						expect(l.y).toBeLessThan(rect.y + rect.height);
						// Clear of the title: a whole line below it, or after it on its baseline.
						if (l.y === titleBaseline) expect(l.x).toBeGreaterThan(titleEnd);
						else expect(l.y).toBeGreaterThanOrEqual(titleBaseline + readoutFontSize + 1);
					}
				}
			)
		);
	});
});
