/**
 * Where the space-time panel draws things: d3 computes the scale, this file the geometry, and
 * the Svelte component only renders it. Lanes stack top to bottom, time runs to the right; a line
 * starts on its lane's top edge (the broker's side) and ends on its bottom edge (the consumer's).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { SpaceTimeLine } from '$lib/engine';

/** How a line is drawn: colour, dash and end marker all say the same, so colour is not alone. */
export type LineStyle = 'applied' | 'outOfOrder' | 'duplicate' | 'lost' | 'other';

export interface SpaceTimeGeometry {
	readonly width: number;
	readonly height: number;
	/** The plot's left and right edges (the lane labels sit left of it). */
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly laneHeight: number;
	readonly x: ScaleLinear<number, number>;
	/** Where the axis labels sit. */
	readonly axisY: number;
}

export const labelWidth = 58;
const cursorLabelHeight = 16;
const axisHeight = 18;
const laneGap = 12;

/** Lanes get shorter when there are many (a log has up to 64 partitions). */
export const laneHeightFor = (lanes: number): number =>
	lanes <= 2 ? 96 : lanes <= 4 ? 72 : lanes <= 8 ? 48 : 30;

export function spaceTimeGeometry(
	width: number,
	lanes: number,
	from: number,
	to: number
): SpaceTimeGeometry {
	const left = labelWidth;
	const right = Math.max(left + 40, width - 10);
	const laneHeight = laneHeightFor(lanes);
	const top = cursorLabelHeight + laneGap;
	const lanesBottom = top + lanes * (laneHeight + laneGap);
	const x = scaleLinear().domain([from, to]).range([left, right]);
	return {
		width,
		height: lanesBottom + axisHeight,
		left,
		right,
		top,
		laneHeight,
		x,
		axisY: lanesBottom + 12
	};
}

/** The y of a lane's top (the broker's side) and bottom (the consumer's) edges. */
export function laneEdges(g: SpaceTimeGeometry, lane: number): { y0: number; y1: number } {
	const y0 = g.top + lane * (g.laneHeight + laneGap);
	return { y0, y1: y0 + g.laneHeight };
}

export function lineStyle(l: SpaceTimeLine): LineStyle {
	if (l.outcome === 'lost') return 'lost';
	if (l.outcome === 'applied')
		return l.duplicate ? 'duplicate' : l.outOfOrder ? 'outOfOrder' : 'applied';
	return 'other';
}

export interface LineMark {
	readonly line: SpaceTimeLine;
	readonly style: LineStyle;
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
}

/**
 * A line from its send to its end. A lost copy ends part way down, where it was lost: its x is
 * the tick of the loss, its y as far down as that tick is between the send and the planned arrival.
 */
export function lineMark(g: SpaceTimeGeometry, l: SpaceTimeLine): LineMark {
	const { y0, y1 } = laneEdges(g, l.lane);
	const pad = 3;
	const style = lineStyle(l);
	const y2 = style === 'lost' ? y0 + pad + (y1 - y0 - 2 * pad) * 0.6 : y1 - pad;
	return { line: l, style, x1: g.x(l.t0), y1: y0 + pad, x2: g.x(l.t1), y2 };
}

/**
 * Offset labels at the lines' starts, left to right per lane, each drawn only if it clears the
 * one before it by `gapPx`: a dense burst shows its first offset and the reader counts on.
 */
export function offsetLabels(
	g: SpaceTimeGeometry,
	lines: readonly SpaceTimeLine[],
	gapPx = 16
): { key: string; x: number; y: number; text: string }[] {
	const lastX = new Map<number, number>();
	const out: { key: string; x: number; y: number; text: string }[] = [];
	for (const l of [...lines].sort((a, b) => a.t0 - b.t0)) {
		if (l.offset === null) continue;
		const x = g.x(l.t0);
		if (x < g.left || x > g.right) continue;
		if (x - (lastX.get(l.lane) ?? -Infinity) < gapPx) continue;
		lastX.set(l.lane, x);
		out.push({ key: l.message, x, y: laneEdges(g, l.lane).y0 - 1, text: String(l.offset) });
	}
	return out;
}
