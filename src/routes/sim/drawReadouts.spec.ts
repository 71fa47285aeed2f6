import { describe, expect, it } from 'vitest';
import type { Rect } from '$lib/viz/layout';
import { placeReadout } from '$lib/viz/readout';
import type { Context2D } from './canvas';
import { drawReadouts, type ReadoutPalette } from './drawReadouts';

const palette: ReadoutPalette = {
	colour: { plain: 'ink', strong: 'ink', muted: 'grey', bad: 'red', ok: 'green' },
	font: {
		plain: '12px mono',
		strong: '700 12px mono',
		muted: '12px mono',
		bad: '700 12px mono',
		ok: '12px mono'
	}
};

interface Written {
	text: string;
	ink: Rect;
	font: string;
	colour: string;
	alpha: number;
}

/** A 2D context that records every label written, with the extent of its glyphs. */
function recordingContext() {
	const written: Written[] = [];
	const ctx = {
		globalAlpha: 1,
		fillStyle: '',
		font: '',
		textAlign: '',
		textBaseline: '',
		fillText(text: string, x: number, y: number) {
			// Chromium's 12 px monospace: 7.2 px a character, a Hangul syllable 12; 12 px above the
			// baseline and 3 below.
			let width = 0;
			for (const ch of text) width += ch.charCodeAt(0) >= 0x1100 ? 12 : 7.2;
			written.push({
				text,
				ink: { x, y: y - 12, width, height: 15 },
				font: this.font,
				colour: this.fillStyle,
				alpha: this.globalAlpha
			});
		}
	};
	return { ctx: ctx as unknown as Context2D, written };
}

const within = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

const store = { x: 300, y: 40, width: 150, height: 84 };
const model = { x: 560, y: 330, width: 190, height: 66 };

describe('drawReadouts', () => {
	it('paints each line in its tone’s colour and weight, at full strength', () => {
		const { ctx, written } = recordingContext();
		ctx.globalAlpha = 0.3; // as a fading badge left it in the last frame
		drawReadouts(
			ctx,
			[
				{
					lines: placeReadout(store, [
						{ text: '12 events', tone: 'strong' },
						{ text: 'head #12', tone: 'muted' }
					])
				},
				{
					lines: placeReadout(model, [{ text: 'counter-1: 10', tone: 'bad' }, { text: 'truth 15' }])
				}
			],
			palette
		);
		expect(written.map(({ text, font, colour, alpha }) => [text, font, colour, alpha])).toEqual([
			['12 events', '700 12px mono', 'ink', 1],
			['head #12', '12px mono', 'grey', 1],
			['counter-1: 10', '700 12px mono', 'red', 1],
			['truth 15', '12px mono', 'ink', 1]
		]);
		expect(ctx.globalAlpha).toBe(1);
	});

	it('says where it painted: the next frame clears every glyph, a line cut to its box’s width and Hangul included', () => {
		const { ctx, written } = recordingContext();
		const drawn = drawReadouts(
			ctx,
			[
				{ lines: placeReadout(store, [{ text: '1234567 events'.repeat(3) }]) },
				{ lines: placeReadout(model, [{ text: '쓰기 모델과 읽기 모델의 차이' }]) }
			],
			palette
		);
		expect(written).toHaveLength(2);
		for (const w of written)
			expect(
				drawn.some((box) => within(w.ink, box)),
				w.text
			).toBe(true);
	});
});
