/**
 * Paints the nodes' readouts (see readouts.svelte.ts) on a 2D canvas, in the colours and weights
 * the SVG text had: muted grey, bold, bad in the drop colour, ok in the applied colour.
 */
import { readoutFontSize, type ReadoutTone } from '$lib/viz/readout';
import type { Rect } from '$lib/viz/layout';
import { perTheme, type Context2D } from './canvas';
import type { Readout } from './readouts.svelte';

type Tone = ReadoutTone | 'plain';

export interface ReadoutPalette {
	readonly colour: Readonly<Record<Tone, string>>;
	readonly font: Readonly<Record<Tone, string>>;
}

/** The theme's text colours and monospace font, by tone. */
export const readoutPaletteOf = perTheme((v): ReadoutPalette => {
	const mono = v('--mono') || 'monospace';
	const regular = `${readoutFontSize}px ${mono}`;
	const bold = `700 ${readoutFontSize}px ${mono}`;
	return {
		colour: {
			plain: v('--text'),
			strong: v('--text'),
			muted: v('--text-muted'),
			bad: v('--c-drop'),
			ok: v('--c-applied')
		},
		font: { plain: regular, strong: bold, muted: regular, bad: bold, ok: regular }
	};
});

/** Above a baseline: the tallest glyphs (Hangul, accents) and their antialiasing. */
const ascent = readoutFontSize + 2;
/** Below it: descenders. */
const descent = 5;
/** Past a line's width: text whose approximate width (fitText) fell short of the real one. */
const overrun = 6;

/** Paints `readouts`; returns where it painted, for the next frame to clear. */
export function drawReadouts(
	ctx: Context2D,
	readouts: readonly Readout[],
	palette: ReadoutPalette
): Rect[] {
	const drawn: Rect[] = [];
	ctx.globalAlpha = 1;
	ctx.textAlign = 'left';
	ctx.textBaseline = 'alphabetic';
	for (const { lines } of readouts) {
		for (const line of lines) {
			const tone = line.tone ?? 'plain';
			ctx.font = palette.font[tone];
			ctx.fillStyle = palette.colour[tone];
			ctx.fillText(line.text, line.x, line.y);
			drawn.push({
				x: line.x - 2,
				y: line.y - ascent,
				width: line.width + 2 + overrun,
				height: ascent + descent
			});
		}
	}
	return drawn;
}
