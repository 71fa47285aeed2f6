/**
 * Pure helpers for the charts: the extent of a log or linear axis, its ticks, and the nearest
 * point to the pointer. d3 computes, Svelte renders: components call these in `$derived`.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';

export interface Point {
	readonly x: number;
	readonly y: number;
}

export interface Series {
	/** Stable id: the each-block key, the CSS class of its colour and shape. */
	readonly id: string;
	readonly label: string;
	readonly points: readonly Point[];
}

export type AxisKind = 'log' | 'linear';

/** The extent of values on an axis; a log axis widens to whole powers of ten and drops values <= 0. */
export function axisDomain(values: readonly number[], kind: AxisKind): [number, number] {
	const usable = kind === 'log' ? values.filter((v) => v > 0 && Number.isFinite(v)) : values;
	if (usable.length === 0) return kind === 'log' ? [1, 10] : [0, 1];
	let lo = Math.min(...usable);
	let hi = Math.max(...usable);
	if (kind === 'log') {
		lo = 10 ** Math.floor(Math.log10(lo));
		hi = 10 ** Math.ceil(Math.log10(hi));
		if (lo === hi) hi = lo * 10;
		return [lo, hi];
	}
	lo = Math.min(0, lo);
	if (lo === hi) hi = lo + 1;
	return [lo, hi];
}

export function makeScale(
	kind: AxisKind,
	domain: [number, number],
	range: [number, number]
): ScaleContinuousNumeric<number, number> {
	const scale = kind === 'log' ? scaleLog() : scaleLinear();
	const s = scale.domain(domain).range(range);
	return kind === 'linear' ? s.nice() : s;
}

/** Ticks to label: the powers of ten on a log axis (thinned to at most `max`), d3's on a linear one. */
export function axisTicks(
	scale: ScaleContinuousNumeric<number, number>,
	kind: AxisKind,
	max = 8
): number[] {
	if (kind === 'linear') return scale.ticks(Math.min(max, 6));
	const [lo, hi] = scale.domain();
	const first = Math.round(Math.log10(lo));
	const last = Math.round(Math.log10(hi));
	const step = Math.max(1, Math.ceil((last - first + 1) / max));
	const ticks: number[] = [];
	for (let p = first; p <= last; p += step) ticks.push(10 ** p);
	return ticks;
}

export interface Nearest {
	series: number;
	index: number;
}

/** The point nearest to (px, py) in pixels, or null if none is within `radius`. */
export function nearestPoint(
	series: readonly Series[],
	x: (v: number) => number,
	y: (v: number) => number,
	px: number,
	py: number,
	radius = 40
): Nearest | null {
	let best: Nearest | null = null;
	let bestDistance = radius * radius;
	series.forEach((s, si) =>
		s.points.forEach((p, index) => {
			const dx = x(p.x) - px;
			const dy = y(p.y) - py;
			const d = dx * dx + dy * dy;
			if (d <= bestDistance) {
				bestDistance = d;
				best = { series: si, index };
			}
		})
	);
	return best;
}
