/**
 * Where a node's readout goes: the few lines of state under its title ("12 events", "idle",
 * "count: 15"). They change on almost every tick, so they are painted on a canvas (see
 * NodeLabels.svelte); this places them inside the box.
 */
import { fitText, type Rect } from './layout';

export type ReadoutTone = 'muted' | 'strong' | 'bad' | 'ok';

export interface ReadoutLine {
	text: string;
	tone?: ReadoutTone;
}

/** A line as painted: its text cut to fit, its baseline's start, and the width it may take. */
export interface PlacedLine {
	readonly text: string;
	readonly tone: ReadoutTone | undefined;
	readonly x: number;
	readonly y: number;
	readonly width: number;
}

export const readoutFontSize = 12;
/** A cylinder's lip (the store, the snapshots): its lines start below it. */
export const cylinderLip = 7;
/** Between the box's left edge and its text, as for its title. */
const inset = 7;

/** The box's top as far as its text goes: a cylinder's lip pushes it down. */
export const textTop = (rect: Rect, shape: 'rect' | 'cylinder'): number =>
	shape === 'cylinder' ? rect.y + cylinderLip + 2 : rect.y;

/**
 * `lines` placed under the title of a box at `rect`, each cut with an ellipsis to the box's width
 * (monospace, a little wider than the proportional title). A short box (one consumer instance
 * among several, the store in a short picture) cannot stack its lines legibly: it joins them on
 * one line, in the first bad line's tone if any.
 */
export function placeReadout(
	rect: Rect,
	lines: readonly ReadoutLine[],
	shape: 'rect' | 'cylinder' = 'rect'
): PlacedLine[] {
	// The height under the title (a cylinder's lip is no room for text).
	const top = textTop(rect, shape);
	const room = rect.y + rect.height - top - 20;
	const crowded = lines.length > 1 && room / (lines.length + 0.4) < 12;
	const shown: readonly ReadoutLine[] = crowded
		? [
				{
					text: lines.map((l) => l.text).join(' · '),
					tone: lines.find((l) => l.tone === 'bad')?.tone ?? lines[0].tone
				}
			]
		: lines;
	const lineHeight = Math.min(15, room / Math.max(1, shown.length + 0.4));
	const width = rect.width - 12;
	return shown.map((line, i) => ({
		text: fitText(line.text, width, readoutFontSize * 1.05),
		tone: line.tone,
		x: rect.x + inset,
		y: top + 17 + lineHeight * (i + 1),
		width
	}));
}
