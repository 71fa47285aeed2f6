/**
 * Paints message copies on a 2D canvas: one draw call per copy instead of one SVG element each,
 * so hundreds of copies move at 60 fps. The marks are the same as the legend's (event ●,
 * duplicate ◆, redelivery ■, ack ◀, drop ✕), in the theme's colours read from CSS variables.
 */
import { copyMark, type CopyMark } from '$lib/viz/marks';
import { markStretch, type PlacedCopy } from '$lib/viz/wire';
import type { Rect } from '$lib/viz/layout';
import { perTheme, type Context2D, type Painting } from './canvas';

export interface Palette {
	readonly mark: Readonly<Record<CopyMark, string>>;
	readonly drop: string;
	readonly outline: string;
	readonly focus: string;
	readonly label: string;
}

/** The theme's mark colours. */
export const paletteOf = perTheme((v): Palette => ({
	mark: {
		event: v('--c-event'),
		duplicate: v('--c-duplicate'),
		redelivery: v('--c-redelivery'),
		ack: v('--c-ack')
	},
	drop: v('--c-drop'),
	outline: v('--surface'),
	focus: v('--focus'),
	label: '#ffffff'
}));

/** The ack triangle's inradius: it is grown about its incenter. */
const ackInradius = 6.18;

/**
 * The mark's shape at (x, y), its edges moved out by `grow` px (in, if negative), pulled out by
 * `stretch` px to each side: an outline is the shape grown, filled under the shape shrunk. Two
 * fills instead of fill + stroke: stroking hundreds of antialiased outlines is most of a frame's
 * time in a software-rendered browser.
 */
function shapePath(
	ctx: Context2D,
	mark: CopyMark,
	x: number,
	y: number,
	grow: number,
	stretch: number
) {
	ctx.beginPath();
	switch (mark) {
		case 'event': {
			const r = 11 + grow;
			ctx.arc(x + stretch, y, r, -Math.PI / 2, Math.PI / 2);
			ctx.arc(x - stretch, y, r, Math.PI / 2, (3 * Math.PI) / 2);
			ctx.closePath();
			break;
		}
		case 'duplicate': {
			const r = 14 + grow * Math.SQRT2;
			ctx.moveTo(x - stretch, y - r);
			ctx.lineTo(x + stretch, y - r);
			ctx.lineTo(x + stretch + r, y);
			ctx.lineTo(x + stretch, y + r);
			ctx.lineTo(x - stretch, y + r);
			ctx.lineTo(x - stretch - r, y);
			ctx.closePath();
			break;
		}
		case 'redelivery': {
			const r = 11 + grow;
			ctx.rect(x - r - stretch, y - r, 2 * (r + stretch), 2 * r);
			break;
		}
		case 'ack': {
			const cx = x + 8 - ackInradius;
			const k = 1 + grow / ackInradius;
			ctx.moveTo(cx + (x - 12 - cx) * k, y);
			ctx.lineTo(cx + (x + 8 - cx) * k, y - 10 * k);
			ctx.lineTo(cx + (x + 8 - cx) * k, y + 10 * k);
			ctx.closePath();
			break;
		}
	}
}

/**
 * How far a copy's drawing reaches from its centre: its mark with outline (17 px for a selected
 * duplicate's diamond, plus 11.1 px of stretch for a six-digit position), its label (22 px either
 * side in Chromium's system-ui for six digits), and antialiasing.
 */
const reach = 28;

const marks: readonly CopyMark[] = ['event', 'duplicate', 'redelivery', 'ack'];
/** Numbers per copy in PackedCopies. */
const fields = 5;

/**
 * The copies as numbers, five per copy (x, y, opacity, position, mark): what drawing them needs,
 * in one buffer that is handed to the painting worker instead of cloned. Cloning ~500 copies as
 * objects cost the main thread about 0.6 ms a frame.
 */
export type PackedCopies = Float64Array<ArrayBuffer>;

export function packCopies(copies: readonly PlacedCopy[]): PackedCopies {
	const out = new Float64Array(copies.length * fields);
	let i = 0;
	for (const c of copies) {
		out[i++] = c.x;
		out[i++] = c.y;
		out[i++] = c.opacity;
		out[i++] = c.position;
		out[i++] = marks.indexOf(copyMark(c as Parameters<typeof copyMark>[0]));
	}
	return out;
}

/** Draws the copies; returns the box around all of them, or null if none was drawn. */
export function drawCopies(
	ctx: Context2D,
	copies: PackedCopies,
	palette: Palette,
	selectedEvent: number | null
): Rect | null {
	let left = Infinity;
	let top = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.font = '700 10.5px system-ui, sans-serif';
	for (let i = 0; i < copies.length; i += fields) {
		const x = copies[i];
		const y = copies[i + 1];
		const opacity = copies[i + 2];
		const position = copies[i + 3];
		if (opacity <= 0) continue;
		const mark = marks[copies[i + 4]];
		const selected = selectedEvent !== null && position === selectedEvent && mark !== 'ack';
		// The outline is 2 px (3.5 px in the focus colour when selected), half over the shape.
		const half = selected ? 1.75 : 1;
		const stretch = markStretch({ kind: mark === 'ack' ? 'ack' : 'event', position });
		ctx.globalAlpha = opacity;
		shapePath(ctx, mark, x, y, half, stretch);
		ctx.fillStyle = selected ? palette.focus : palette.outline;
		ctx.fill();
		shapePath(ctx, mark, x, y, -half, stretch);
		ctx.fillStyle = palette.mark[mark];
		ctx.fill();
		if (mark !== 'ack') {
			ctx.fillStyle = palette.label;
			ctx.fillText(String(position), x, y + 0.5);
		}
		left = Math.min(left, x);
		right = Math.max(right, x);
		top = Math.min(top, y);
		bottom = Math.max(bottom, y);
	}
	ctx.globalAlpha = 1;
	if (left > right) return null;
	return {
		x: left - reach,
		y: top - reach,
		width: right - left + 2 * reach,
		height: bottom - top + 2 * reach
	};
}

/** A red ✕ where a copy was lost; returns where. */
export function drawDrop(
	ctx: Context2D,
	x: number,
	y: number,
	opacity: number,
	palette: Palette
): Rect {
	ctx.globalAlpha = opacity;
	ctx.strokeStyle = palette.drop;
	ctx.lineWidth = 4;
	ctx.lineCap = 'round';
	ctx.beginPath();
	ctx.moveTo(x - 9, y - 9);
	ctx.lineTo(x + 9, y + 9);
	ctx.moveTo(x + 9, y - 9);
	ctx.lineTo(x - 9, y + 9);
	ctx.stroke();
	ctx.globalAlpha = 1;
	// The strokes' ends are 9 px out, their round caps 2 more, and a pixel of antialiasing.
	return { x: x - 12, y: y - 12, width: 24, height: 24 };
}

/**
 * One frame of the copies' canvas, as data: everything painting it needs, so that it can be
 * painted in this thread or posted to a worker (see copiesPainter.ts).
 */
export interface CopiesFrame {
	/** The canvas's area of the picture, in CSS px. */
	readonly area: Rect;
	/** Device pixels per CSS px: the device's pixel ratio times the picture's magnification. */
	readonly dpr: number;
	readonly palette: Palette;
	readonly copies: PackedCopies;
	readonly selectedEvent: number | null;
	/** Where copies were lost lately, and how faded their ✕ is. */
	readonly drops: readonly { readonly x: number; readonly y: number; readonly opacity: number }[];
}

/** Paints `frame` over the last frame painted with `painting`. */
export function paintCopies(painting: Painting, frame: CopiesFrame): void {
	const ctx = painting.begin(frame.area, frame.dpr);
	if (!ctx) return;
	const drawn = drawCopies(ctx, frame.copies, frame.palette, frame.selectedEvent);
	if (drawn) painting.drew(drawn);
	for (const d of frame.drops) painting.drew(drawDrop(ctx, d.x, d.y, d.opacity, frame.palette));
}
