import { describe, expect, it } from 'vitest';
import type { PlacedCopy } from '$lib/viz/wire';
import type { Rect } from '$lib/viz/layout';
import type { Context2D } from './canvas';
import { drawCopies, packCopies, type Palette } from './drawCopies';

const palette: Palette = {
	mark: { event: 'blue', duplicate: 'orange', redelivery: 'purple', ack: 'green' },
	drop: 'red',
	outline: 'white',
	focus: 'black',
	label: 'white'
};

/** A 2D context that records the extent of every shape filled and every label written, and the fills' styles. */
function recordingContext() {
	const inked: Rect[] = [];
	/** The fill style of each fill, in order. */
	const filled: string[] = [];
	let path: Rect[] = [];
	const point = (x: number, y: number) => path.push({ x, y, width: 0, height: 0 });
	const ctx = {
		globalAlpha: 1,
		fillStyle: '',
		font: '',
		textAlign: '',
		textBaseline: '',
		beginPath: () => (path = []),
		closePath: () => {},
		moveTo: point,
		lineTo: point,
		arc: (x: number, y: number, r: number) =>
			path.push({ x: x - r, y: y - r, width: 2 * r, height: 2 * r }),
		rect: (x: number, y: number, width: number, height: number) =>
			path.push({ x, y, width, height }),
		fill() {
			inked.push(...path);
			filled.push(this.fillStyle);
		},
		fillText: (text: string, x: number, y: number) =>
			// Bold 10.5 px digits are about 6.3 px wide each in Chromium's system-ui.
			inked.push({ x: x - text.length * 3.15, y: y - 6, width: text.length * 6.3, height: 12 })
	};
	return { ctx: ctx as unknown as Context2D, inked, filled };
}

const copy = (position: number, cause: string, kind: 'event' | 'ack' = 'event'): PlacedCopy => ({
	id: `m${position}`,
	kind,
	cause,
	position,
	x: 400,
	y: 300,
	opacity: 1
});

const within = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

describe('drawCopies', () => {
	it('clears next frame everything it drew, a selected six-digit duplicate included', () => {
		for (const cause of ['publish', 'duplicate', 'redelivery']) {
			const { ctx, inked } = recordingContext();
			const box = drawCopies(ctx, packCopies([copy(999_999, cause)]), palette, 999_999);
			expect(box).not.toBeNull();
			for (const ink of inked)
				expect(within(ink, box!), `${cause} ${JSON.stringify(ink)}`).toBe(true);
		}
	});

	it('draws each copy in its own mark, from its packed numbers', () => {
		const { ctx, filled } = recordingContext();
		const copies = [
			copy(7, 'publish'),
			copy(8, 'duplicate'),
			copy(9, 'redelivery'),
			copy(7, '', 'ack')
		];
		drawCopies(ctx, packCopies(copies), palette, null);
		// Each copy fills its outline, then its mark's colour.
		expect(filled.filter((_, i) => i % 2 === 1)).toEqual([
			palette.mark.event,
			palette.mark.duplicate,
			palette.mark.redelivery,
			palette.mark.ack
		]);
	});
});
