import { describe, expect, it } from 'vitest';
import type { SpaceTimeLine } from '$lib/engine';
import {
	laneEdges,
	laneHeightFor,
	lineMark,
	lineStyle,
	offsetLabels,
	spaceTimeGeometry
} from './spaceTime';

const line = (over: Partial<SpaceTimeLine>): SpaceTimeLine => ({
	message: 'm1',
	lane: 0,
	instance: 0,
	position: 1,
	stream: 'counter-1',
	version: 1,
	offset: 0,
	cause: 'publish',
	sentAt: 10,
	endAt: 14,
	t0: 10,
	t1: 14,
	outcome: 'applied',
	lostReason: null,
	outOfOrder: false,
	duplicate: false,
	overtaken: false,
	...over
});

describe('the space-time geometry', () => {
	const g = spaceTimeGeometry(460, 3, 0, 60);

	it('maps the window onto the plot, right of the lane labels', () => {
		expect(g.x(0)).toBe(g.left);
		expect(g.x(60)).toBe(g.right);
		expect(g.right).toBe(450);
	});

	it('stacks the lanes without overlap, and shortens them when there are many', () => {
		const edges = [0, 1, 2].map((k) => laneEdges(g, k));
		for (let k = 1; k < 3; k++) expect(edges[k].y0).toBeGreaterThan(edges[k - 1].y1);
		expect(g.height).toBeGreaterThan(edges[2].y1);
		expect(laneHeightFor(64)).toBeLessThan(laneHeightFor(2));
	});

	it('draws a copy from its lane’s top edge at its send to the bottom edge at its arrival', () => {
		const m = lineMark(g, line({ lane: 1 }));
		const { y0, y1 } = laneEdges(g, 1);
		expect([m.x1, m.x2]).toEqual([g.x(10), g.x(14)]);
		expect(m.y1).toBeGreaterThan(y0);
		expect(m.y2).toBeLessThan(y1);
		expect(m.y2).toBeGreaterThan(y1 - 5);
	});

	it('ends a lost copy part way down, where it was lost', () => {
		const m = lineMark(g, line({ outcome: 'lost', t1: 12 }));
		const { y0, y1 } = laneEdges(g, 0);
		expect(m.style).toBe('lost');
		expect(m.y2).toBeLessThan((y0 + y1) / 2 + 10);
		expect(m.x2).toBe(g.x(12));
	});

	it('styles an apply by what it did: a duplicate before out of order, then applied, else other', () => {
		expect(lineStyle(line({}))).toBe('applied');
		expect(lineStyle(line({ outOfOrder: true }))).toBe('outOfOrder');
		expect(lineStyle(line({ outOfOrder: true, duplicate: true }))).toBe('duplicate');
		expect(lineStyle(line({ outcome: 'skipped', duplicate: true }))).toBe('other');
		expect(lineStyle(line({ outcome: 'inFlight' }))).toBe('other');
	});

	it('labels offsets left to right, skipping one too close to the last in its lane', () => {
		const perTick = g.x(1) - g.x(0); // about 6.5 px: a label every third tick at most
		const lines = [0, 1, 2, 3, 4, 5, 6].map((k) =>
			line({ message: `m${k}`, offset: k, t0: 10 + k, sentAt: 10 + k })
		);
		const labels = offsetLabels(g, lines, 3 * perTick - 0.01);
		expect(labels.map((l) => l.text)).toEqual(['0', '3', '6']);
		expect(offsetLabels(g, [line({ offset: null })])).toEqual([]);
		// Another lane keeps its own spacing.
		expect(offsetLabels(g, [line({}), line({ message: 'm2', lane: 1, offset: 5 })])).toHaveLength(
			2
		);
	});
});
