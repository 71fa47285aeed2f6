import { scaleBand } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	approxTextWidth,
	columnOrder,
	columnShares,
	fitText,
	layoutTopology,
	nodeRects,
	rowColumns,
	stack,
	wireArea,
	writeRowShare,
	type Rect
} from './layout';

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
	it('the column shares of each row fill the width exactly, in pipeline order', () => {
		const layout = layoutTopology(shape, { width: 900, height: 460 });
		for (const row of ['write', 'read'] as const) {
			const total = rowColumns[row].reduce((a, name) => a + columnShares[name], 0);
			expect(total).toBeCloseTo(1, 9);
			let x = 0;
			for (const name of rowColumns[row]) {
				expect(layout.columns[name]).toMatchObject({ row });
				expect(layout.columns[name].x).toBeCloseTo(x, 9);
				x += layout.columns[name].width;
			}
			expect(x).toBeCloseTo(900, 9);
		}
		expect(columnOrder).toHaveLength(9);
	});

	it.each([
		[840, 430],
		[1100, 600],
		[600, 300]
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

	// tests/perf/many-in-flight.json in a 1280x720 window: three groups of 2, 2 and 1 instances
	// once had their instances' tops across the groups' "no dedupe" lines.
	it('a group’s instances start below its name and idempotency line, however crowded', () => {
		const crowded = {
			clients: ['client'],
			handlers: 6,
			consumers: [
				{ id: 'a', instances: 2 },
				{ id: 'b', instances: 2 },
				{ id: 'c', instances: 1 }
			]
		};
		for (const height of [460, 520, 700]) {
			const l = layoutTopology(crowded, { width: 860, height });
			for (const c of l.consumers) expect(c.instances[0].y - c.group.y).toBeGreaterThanOrEqual(29);
		}
	});

	it('reads like two lines: the write side left to right, then the read side under it', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		const write = [l.clients[0].rect.x, l.handlers[0].x, l.store.x, l.relay.x];
		const read = [l.broker.x, l.consumers[0].group.x, l.consumers[0].readModel.x, l.queries.x];
		for (const xs of [write, read]) expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		const bottomOfWrite = Math.max(
			...[...l.handlers, l.store, l.snapshots, l.relay].map((r) => r.y + r.height)
		);
		const topOfRead = Math.min(l.broker.y, ...l.consumers.map((c) => c.group.y), l.queries.y);
		expect(bottomOfWrite).toBeLessThan(topOfRead);
		expect(l.rows.write.y + l.rows.write.height).toBeLessThanOrEqual(l.rows.read.y);
	});

	it('the publish edge runs from the relay to the broker', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		expect(
			l.publishPath.startsWith(`M${l.relay.x + l.relay.width / 2},${l.relay.y + l.relay.height}`)
		).toBe(true);
		expect(l.publishPath.endsWith(`V${l.broker.y}`)).toBe(true);
	});

	it('more handlers give the write side a larger share of the height, within bounds', () => {
		const few = writeRowShare({ ...shape, handlers: 1 });
		const many = writeRowShare({ ...shape, handlers: 6 });
		expect(many).toBeGreaterThan(few);
		for (const share of [few, many]) {
			expect(share).toBeGreaterThanOrEqual(0.34);
			expect(share).toBeLessThanOrEqual(0.5);
		}
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
		expect(l.height).toBe(240);
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

	it('places the boxes exactly where d3’s scaleBand did (the picture did not move)', () => {
		fc.assert(
			fc.property(
				fc.nat(12),
				fc.double({ min: -500, max: 1500, noNaN: true }),
				fc.double({ min: -500, max: 1500, noNaN: true }),
				fc.double({ min: 1, max: 200, noNaN: true }),
				(count, top, bottom, maxHeight) => {
					const band = scaleBand<number>()
						.domain(Array.from({ length: count }, (_, i) => i))
						.range([top, bottom])
						.paddingInner(0.25)
						.paddingOuter(0.1);
					const h = Math.min(maxHeight, band.bandwidth());
					const expected = band.domain().map((i) => {
						const height = Math.min(h, band.bandwidth());
						return { x: 3, y: band(i)! + (band.bandwidth() - height) / 2, width: 40, height };
					});
					expect(stack(count, top, bottom, maxHeight, 3, 40)).toEqual(expected);
				}
			)
		);
	});
});

describe('approxTextWidth', () => {
	it('counts Hangul wider than Latin letters', () => {
		expect(approxTextWidth('abcd', 10)).toBeCloseTo(24, 9);
		expect(approxTextWidth('중단', 10)).toBeCloseTo(20, 9);
	});
});

describe('fitText', () => {
	it('keeps text that fits, and cuts the rest with an ellipsis within the width', () => {
		expect(fitText('short', 100, 10)).toBe('short');
		const cut = fitText('a rather long label', 60, 10);
		expect(cut.endsWith('…')).toBe(true);
		expect(approxTextWidth(cut, 10)).toBeLessThanOrEqual(60);
	});
});

describe('nodeRects', () => {
	it('finds every node by the key its flashes use', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		const rects = nodeRects(l, ['h1', 'h2', 'h3']);
		expect(rects.get('handler:h3')).toBe(l.handlers[2]);
		expect(rects.get('instance:gated#2')).toBe(l.consumers[1].instances[2]);
		expect(rects.get('query:naive')).toBe(l.consumers[0].readModel);
		expect(rects.get('client:bob')).toBe(l.clients[1].rect);
	});
});

describe('wireArea', () => {
	it('covers the broker, every wire and every instance, and no more than the read row', () => {
		const l = layoutTopology(shape, { width: 900, height: 460 });
		const area = wireArea(l);
		const within = (r: Rect) =>
			r.x >= area.x &&
			r.x + r.width <= area.x + area.width &&
			r.y >= area.y &&
			r.y + r.height <= area.y + area.height;
		expect(within(l.broker)).toBe(true);
		for (const c of l.consumers) for (const i of c.instances) expect(within(i)).toBe(true);
		expect(area.y).toBe(l.rows.read.y);
		expect(area.width).toBeLessThan(l.width * 0.7);
	});
});
