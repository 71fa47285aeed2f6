import { describe, expect, it } from 'vitest';
import type { Rect } from '$lib/viz/layout';
import { Painting } from './canvas';

/** A canvas whose 2D context records the rectangles cleared on it. */
function fakeCanvas() {
	const cleared: Rect[] = [];
	const ctx = {
		setTransform: () => {},
		clearRect: (x: number, y: number, width: number, height: number) =>
			cleared.push({ x, y, width, height })
	};
	const canvas = { width: 0, height: 0, getContext: () => ctx };
	return { canvas: canvas as unknown as HTMLCanvasElement, cleared };
}

describe('a canvas painted frame after frame clears only what the last frame drew', () => {
	const area = { x: 0, y: 0, width: 800, height: 500 };
	const badge = { x: 10, y: 20, width: 40, height: 18 };
	const copy = { x: 300, y: 200, width: 38, height: 38 };

	it('clears the whole area on the first frame', () => {
		const { canvas, cleared } = fakeCanvas();
		new Painting(canvas).begin(area, 1);
		expect(cleared).toEqual([area]);
	});

	it("clears the last frame's drawing, and nothing else", () => {
		const { canvas, cleared } = fakeCanvas();
		const painting = new Painting(canvas);
		painting.begin(area, 1);
		painting.drew(badge);
		painting.drew(copy);
		cleared.length = 0;
		painting.begin(area, 1);
		expect(cleared).toEqual([badge, copy]);
		cleared.length = 0;
		painting.begin(area, 1);
		expect(cleared).toEqual([]);
	});

	it('clears the whole area again when it moves or changes size', () => {
		const { canvas, cleared } = fakeCanvas();
		const painting = new Painting(canvas);
		painting.begin(area, 1);
		painting.drew(badge);
		cleared.length = 0;
		const wider = { ...area, width: 900 };
		painting.begin(wider, 1);
		expect(cleared).toEqual([wider]);
		expect(canvas.width).toBe(900);
	});
});
