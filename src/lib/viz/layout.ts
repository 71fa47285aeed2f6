/**
 * Where every node of the topology sits, as a pure function of the drawing's size and the
 * scenario's shape. The pipeline reads left to right, like the story it tells: clients → command
 * handlers → event store (and snapshots) → publisher or outbox relay → broker → the wire →
 * consumer instances (grouped) → read models ← query client. d3's band scales share out the
 * vertical space; the component only draws these rectangles.
 */
import { scaleBand } from 'd3-scale';

export interface Rect {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

export interface TopologyShape {
	/** Client names, in order of first appearance. */
	readonly clients: readonly string[];
	readonly handlers: number;
	readonly consumers: readonly { readonly id: string; readonly instances: number }[];
}

export type ColumnName =
	| 'clients'
	| 'handlers'
	| 'store'
	| 'relay'
	| 'broker'
	| 'wire'
	| 'consumers'
	| 'readModels'
	| 'queries';

/** Column widths as shares of the drawing: the wire gets the most, so motion reads well. */
export const columnShares: Readonly<Record<ColumnName, number>> = {
	clients: 0.075,
	handlers: 0.115,
	store: 0.115,
	relay: 0.1,
	broker: 0.08,
	wire: 0.185,
	consumers: 0.12,
	readModels: 0.135,
	queries: 0.075
};
export const columnOrder = Object.keys(columnShares) as ColumnName[];

export interface ConsumerLayout {
	readonly id: string;
	readonly group: Rect;
	readonly instances: readonly Rect[];
	readonly readModel: Rect;
}

export interface TopologyLayout {
	readonly width: number;
	readonly height: number;
	/** Each column's horizontal extent (x, width) and the y of its title. */
	readonly columns: Readonly<Record<ColumnName, { x: number; width: number }>>;
	readonly titleY: number;
	readonly clients: readonly { readonly id: string; readonly rect: Rect }[];
	readonly handlers: readonly Rect[];
	readonly store: Rect;
	readonly snapshots: Rect;
	readonly relay: Rect;
	readonly broker: Rect;
	readonly consumers: readonly ConsumerLayout[];
	readonly queries: Rect;
}

const titleHeight = 22;
const pad = 6;

/** A box `height` tall (at most the band), centred on the band. */
function inBand(x: number, width: number, bandY: number, bandHeight: number, height: number): Rect {
	const h = Math.min(height, bandHeight);
	return { x, y: bandY + (bandHeight - h) / 2, width, height: h };
}

function columnsOf(width: number): Record<ColumnName, { x: number; width: number }> {
	const columns = {} as Record<ColumnName, { x: number; width: number }>;
	let x = 0;
	for (const name of columnOrder) {
		const w = columnShares[name] * width;
		columns[name] = { x, width: w };
		x += w;
	}
	return columns;
}

/** Stacks `count` boxes of at most `maxHeight` in the vertical range [top, bottom]. */
export function stack(
	count: number,
	top: number,
	bottom: number,
	maxHeight: number,
	x: number,
	width: number
): Rect[] {
	const band = scaleBand<number>()
		.domain(Array.from({ length: count }, (_, i) => i))
		.range([top, bottom])
		.paddingInner(0.25)
		.paddingOuter(0.1);
	const h = Math.min(maxHeight, band.bandwidth());
	return band.domain().map((i) => inBand(x, width, band(i)!, band.bandwidth(), h));
}

function layoutConsumers(
	shape: TopologyShape,
	columns: Record<ColumnName, { x: number; width: number }>,
	top: number,
	bottom: number
): ConsumerLayout[] {
	// Each group's share of the height grows with its instances (plus room for its name).
	const weights = shape.consumers.map((c) => c.instances + 0.7);
	const total = weights.reduce((a, b) => a + b, 0) || 1;
	const gap = Math.min(14, (bottom - top) * 0.04);
	const usable = bottom - top - gap * Math.max(0, shape.consumers.length - 1);
	const unit = Math.min(usable / total, 70);
	const used = unit * total + gap * Math.max(0, shape.consumers.length - 1);
	let y = top + (bottom - top - used) / 2;
	const col = columns.consumers;
	const rm = columns.readModels;
	return shape.consumers.map((c, k) => {
		const h = weights[k] * unit;
		const group: Rect = { x: col.x + pad / 2, y, width: col.width - pad, height: h };
		const header = 0.7 * unit;
		const instances = stack(
			c.instances,
			y + header * 0.8,
			y + h,
			46,
			group.x + pad,
			group.width - 2 * pad
		);
		const readModel = inBand(rm.x + pad * 2, rm.width - pad * 3, y, h, Math.min(h, 64));
		y += h + gap;
		return { id: c.id, group, instances, readModel };
	});
}

export function layoutTopology(
	shape: TopologyShape,
	size: { width: number; height: number }
): TopologyLayout {
	const width = Math.max(320, size.width);
	const height = Math.max(200, size.height);
	const columns = columnsOf(width);
	const top = titleHeight + pad;
	const bottom = height - pad;
	const mid = (top + bottom) / 2;
	const box = (name: ColumnName, inset = pad) => ({
		x: columns[name].x + inset,
		width: columns[name].width - 2 * inset
	});

	const c = box('clients', 4);
	const clients = stack(Math.max(1, shape.clients.length), top, bottom, 40, c.x, c.width).map(
		(rect, i) => ({ id: shape.clients[i] ?? 'client', rect })
	);
	const h = box('handlers');
	const handlers = stack(shape.handlers, top, bottom, 56, h.x, h.width);

	const s = box('store');
	const storeHeight = Math.min(96, (bottom - top) * 0.42);
	const store: Rect = { x: s.x, y: mid - storeHeight * 0.75, width: s.width, height: storeHeight };
	const snapHeight = Math.min(58, (bottom - top) * 0.24);
	const snapshots: Rect = {
		x: s.x + s.width * 0.1,
		y: store.y + store.height + pad * 3,
		width: s.width * 0.8,
		height: snapHeight
	};
	const r = box('relay');
	const relay: Rect = { x: r.x, y: store.y + storeHeight * 0.2, width: r.width, height: 60 };
	const b = box('broker');
	const brokerHeight = Math.min(bottom - top, Math.max(90, (bottom - top) * 0.5));
	const broker: Rect = { x: b.x, y: mid - brokerHeight / 2, width: b.width, height: brokerHeight };

	const consumers = layoutConsumers(shape, columns, top, bottom);
	const q = box('queries', 4);
	const queries = inBand(q.x, q.width, top, bottom - top, 52);

	return {
		width,
		height,
		columns,
		titleY: titleHeight - 6,
		clients,
		handlers,
		store,
		snapshots,
		relay,
		broker,
		consumers,
		queries
	};
}

export const centerOf = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
