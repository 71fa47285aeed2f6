/**
 * Where a node's readout goes: the few lines of state under its title ("12 events", "idle",
 * "count: 15"). They change on almost every tick, so they are painted on a canvas (see
 * NodeLabels.svelte); this places them inside the box.
 */
import { approxTextWidth, fitText, type Rect } from './layout';
import type { PictureTerm } from './terms';

export type ReadoutTone = 'muted' | 'strong' | 'bad' | 'ok';

export interface ReadoutLine {
	text: string;
	tone?: ReadoutTone;
	/** What the line is, when it has an explanation (hover, focus, /model#picture-<term>). */
	term?: PictureTerm;
}

/** A line as painted: its text cut to fit, its baseline's start, and the width it may take. */
export interface PlacedLine {
	readonly text: string;
	readonly tone: ReadoutTone | undefined;
	readonly term?: PictureTerm;
	readonly x: number;
	readonly y: number;
	readonly width: number;
}

export const readoutFontSize = 12;
/** The box's title, above its lines (bold; drawn by Box.svelte). */
export const titleFontSize = 13;
/** The title's baseline, below the box's text top (see textTop). */
export const titleBaseline = 14;
/** Between the title's baseline and the first line's: a line of text and a pixel. */
const clearOfTitle = readoutFontSize + 1;
/** A cylinder's lip (the store, the snapshots): its lines start below it. */
export const cylinderLip = 7;
/** Between the box's left edge and its text, as for its title. */
const inset = 7;

/** The box's top as far as its text goes: a cylinder's lip pushes it down. */
export const textTop = (rect: Rect, shape: 'rect' | 'cylinder'): number =>
	shape === 'cylinder' ? rect.y + cylinderLip + 2 : rect.y;

/** The title as a box shows it: cut with an ellipsis to the box's width. */
export const fitTitle = (rect: Rect, title: string): string =>
	fitText(title, rect.width - 12, titleFontSize * 1.05);

/**
 * `lines` placed under the title of a box at `rect`, each cut with an ellipsis to the box's width
 * (monospace, a little wider than the proportional title). A short box (one consumer instance
 * among several, the store in a short picture) cannot stack its lines legibly: it joins them on
 * one line, in the first bad line's tone if any; a box too short even for that (six handlers in
 * a 720 px picture) puts the joined line after its `title`, on the title's baseline.
 */
export function placeReadout(
	rect: Rect,
	lines: readonly ReadoutLine[],
	shape: 'rect' | 'cylinder' = 'rect',
	title = ''
): PlacedLine[] {
	if (lines.length === 0) return [];
	// The height under the title (a cylinder's lip is no room for text).
	const top = textTop(rect, shape);
	const room = rect.y + rect.height - top - 20;
	const joined: ReadoutLine = {
		text: lines.map((l) => l.text).join(' · '),
		tone: lines.find((l) => l.tone === 'bad')?.tone ?? lines[0].tone,
		term: lines.find((l) => l.term)?.term
	};
	const crowded = lines.length > 1 && room / (lines.length + 0.4) < 12;
	const shown: readonly ReadoutLine[] = crowded ? [joined] : lines;
	const lineHeight = Math.min(15, room / Math.max(1, shown.length + 0.4));
	const width = rect.width - 12;
	if (17 + lineHeight - titleBaseline < clearOfTitle) {
		const after = approxTextWidth(fitTitle(rect, title), titleFontSize * 1.05) + 8;
		const rest = width - after;
		if (rest < readoutFontSize * 2) return [];
		return [
			{
				text: fitText(joined.text, rest, readoutFontSize * 1.05),
				tone: joined.tone,
				term: joined.term,
				x: rect.x + inset + after,
				y: top + titleBaseline,
				width: rest
			}
		];
	}
	return shown.map((line, i) => ({
		text: fitText(line.text, width, readoutFontSize * 1.05),
		tone: line.tone,
		term: line.term,
		x: rect.x + inset,
		y: top + 17 + lineHeight * (i + 1),
		width
	}));
}
