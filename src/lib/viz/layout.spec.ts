import { describe, expect, it } from 'vitest';
import { columnOrder, columnShares, layoutTopology, stack, type Rect } from './layout';

const inside = (r: Rect, w: number, h: number) =>
	r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 1e-9 && r.y + r.height <= h + 1e-9;
const overlap = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const shape = {
	clients: ['ann', 'bob'],
	handlers: 3,
	consumers: [
		{ id: 'naive', instances: 1 },
		{ id: 'gated', instances: 3 }
	]
};

describe('layoutTopology', () => {
	it('the column shares fill the width exactly, in pipeline order', () => {
		const total = Object.values(columnShares).reduce((a, b) => a + b, 0);
		expect(total).toBeCloseTo(1, 9);
		const layout = layoutTopology(shape, { width: 900, height: 460 });
		let x = 0;
		for (const name of columnOrder) {
			expect(layout.columns[name].x).toBeCloseTo(x, 9);
			x += layout.columns[name].width;
		}
		expect(x).toBeCloseTo(900, 9);
	});

	it.each([
		[840, 430],
		[1100, 600],
		[400, 220]
	])(
		'given %ix%i, every node lies inside the drawing and no two nodes overlap',
		(width, height) => {
			const l = layoutTopology(shape, { width, height });
			const nodes = [
				...l.clients.map((c) => c.rect),
				...l.handlers,
				l.store,
				l.snapshots,
				l.relay,
				l.broker,
				...l.consumers.map((c) => c.group),
				...l.consumers.map((c) => c.readModel),
				l.queries
			];
			for (const n of nodes) expect(inside(n, width, height), JSON.stringify(n)).toBe(true);
			for (let i = 0; i < nodes.length; i++)
				for (let j = i + 1; j < nodes.length; j++)
					expect(overlap(nodes[i], nodes[j]), `${i} vs ${j}`).toBe(false);
		}
	);

	it('draws one box per handler and per instance, each instance inside its group', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		expect(l.handlers).toHaveLength(3);
		expect(l.consumers.map((c) => c.instances.length)).toEqual([1, 3]);
		for (const c of l.consumers)
			for (const i of c.instances) {
				expect(i.x).toBeGreaterThanOrEqual(c.group.x);
				expect(i.y).toBeGreaterThanOrEqual(c.group.y);
				expect(i.x + i.width).toBeLessThanOrEqual(c.group.x + c.group.width);
				expect(i.y + i.height).toBeLessThanOrEqual(c.group.y + c.group.height + 1e-9);
			}
	});

	it('reads left to right: handlers, store, relay, broker, consumers, read models', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		const xs = [l.handlers[0].x, l.store.x, l.relay.x, l.broker.x, l.consumers[0].group.x];
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		expect(l.consumers[0].readModel.x).toBeGreaterThan(l.consumers[0].group.x);
	});

	it('a read model sits level with its consumer group', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		for (const c of l.consumers) {
			const mid = (r: Rect) => r.y + r.height / 2;
			expect(mid(c.readModel)).toBeCloseTo(mid(c.group), 6);
		}
	});

	it('a tiny drawing is clamped to a usable minimum', () => {
		const l = layoutTopology(shape, { width: 10, height: 10 });
		expect(l.width).toBe(320);
		expect(l.height).toBe(200);
	});
});

describe('stack', () => {
	it('spreads boxes top to bottom without overlap, at most maxHeight tall', () => {
		const boxes = stack(4, 0, 400, 50, 10, 80);
		expect(boxes).toHaveLength(4);
		for (const b of boxes) expect(b.height).toBeLessThanOrEqual(50);
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
	});
});
