/**
 * Where every node of the topology sits, as a pure function of the drawing's size and the
 * scenario's shape. The picture reads like two lines of text: the WRITE side on top (clients →
 * command handlers → event store, with snapshots under it → publisher or outbox relay), then the
 * publish edge returns to the start of the second line, the READ side (broker → the wire →
 * consumer instances, grouped → read models ← query client). d3's band scales share out the
 * space; the component only draws these rectangles.
 */
import { instanceKey } from './marks';

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
	/** Several `domains`: one event store (and one publisher) per domain, in this order. */
	readonly stores?: readonly string[];
}

/** One domain's event store and its publisher, when a run has several `domains`. */
export interface StoreLayout {
	readonly domain: string;
	readonly store: Rect;
	readonly relay: Rect;
	/** From this relay's right side down to the gap between the rows, then to the broker. */
	readonly publishPath: string;
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

export type Row = 'write' | 'read';

/** Column widths as shares of their row; the wire gets the most, so motion reads well. */
export const columnShares: Readonly<Record<ColumnName, number>> = {
	clients: 0.13,
	handlers: 0.25,
	store: 0.3,
	relay: 0.32,
	broker: 0.19,
	wire: 0.2,
	consumers: 0.2,
	readModels: 0.26,
	queries: 0.15
};
export const rowColumns: Readonly<Record<Row, readonly ColumnName[]>> = {
	write: ['clients', 'handlers', 'store', 'relay'],
	read: ['broker', 'wire', 'consumers', 'readModels', 'queries']
};
export const columnOrder: readonly ColumnName[] = [...rowColumns.write, ...rowColumns.read];

export interface ConsumerLayout {
	readonly id: string;
	readonly group: Rect;
	readonly instances: readonly Rect[];
	readonly readModel: Rect;
}

export interface Column {
	readonly row: Row;
	readonly x: number;
	readonly width: number;
}

export interface TopologyLayout {
	readonly width: number;
	readonly height: number;
	/** Each column's row and horizontal extent. */
	readonly columns: Readonly<Record<ColumnName, Column>>;
	/** Each row's vertical extent; column titles sit at `titleY`. */
	readonly rows: Readonly<Record<Row, { y: number; height: number; titleY: number }>>;
	readonly clients: readonly { readonly id: string; readonly rect: Rect }[];
	readonly handlers: readonly Rect[];
	readonly store: Rect;
	readonly snapshots: Rect;
	readonly relay: Rect;
	readonly broker: Rect;
	readonly consumers: readonly ConsumerLayout[];
	readonly queries: Rect;
	/** The publish edge: from the relay down to the gap between the rows, back, down to the broker. */
	readonly publishPath: string;
	/**
	 * Several `domains`: a store and a relay per domain, stacked in the store and relay columns
	 * (`store`, `relay` and `publishPath` are then the first one's). Empty with one domain.
	 */
	readonly stores: readonly StoreLayout[];
}

const titleHeight = 22;
const pad = 8;
const rowGap = 14;

/** A box `height` tall (at most the band), centred on the band. */
function inBand(x: number, width: number, bandY: number, bandHeight: number, height: number): Rect {
	const h = Math.min(height, bandHeight);
	return { x, y: bandY + (bandHeight - h) / 2, width, height: h };
}

/** A box at most `maxWidth` wide, centred in a column. */
function centred(column: Column, maxWidth: number, inset = pad): { x: number; width: number } {
	const width = Math.min(maxWidth, column.width - 2 * inset);
	return { x: column.x + (column.width - width) / 2, width };
}

function columnsOf(width: number): Record<ColumnName, Column> {
	const columns = {} as Record<ColumnName, Column>;
	for (const row of ['write', 'read'] as const) {
		let x = 0;
		for (const name of rowColumns[row]) {
			const w = columnShares[name] * width;
			columns[name] = { row, x, width: w };
			x += w;
		}
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
	// d3's scaleBand (paddingInner 0.25, paddingOuter 0.1, align 0.5), its arithmetic kept exactly
	// (layout.spec compares the two). Why not import it: d3-scale 4.0.3 ships as one module
	// (dist/d3-scale.mjs), and a bundler places a module in one chunk, so importing scaleBand here
	// put the labs' linear and log scales, with d3-interpolate, -color and -format, in the first
	// load of /sim and every lesson (10 KB gzipped) for ten lines of arithmetic.
	const paddingInner = 0.25;
	const paddingOuter = 0.1;
	const align = 0.5;
	const reverse = bottom < top;
	let start = reverse ? bottom : top;
	const stop = reverse ? top : bottom;
	const step = (stop - start) / Math.max(1, count - paddingInner + paddingOuter * 2);
	start += (stop - start - step * (count - paddingInner)) * align;
	const bandwidth = step * (1 - paddingInner);
	const ys = Array.from({ length: count }, (_, i) => start + step * i);
	if (reverse) ys.reverse();
	const h = Math.min(maxHeight, bandwidth);
	return ys.map((y) => inBand(x, width, y, bandwidth, h));
}

/** A consumer group's name and idempotency line take this much of its top, at least. */
const groupHeaderMin = 29;

function layoutConsumers(
	shape: TopologyShape,
	columns: Record<ColumnName, Column>,
	top: number,
	bottom: number
): ConsumerLayout[] {
	// Each group's share of the height grows with its instances (plus room for its name).
	const header = 0.8;
	const weights = shape.consumers.map((c) => c.instances + header);
	const total = weights.reduce((a, b) => a + b, 0) || 1;
	const gap = Math.min(14, (bottom - top) * 0.04);
	const usable = bottom - top - gap * Math.max(0, shape.consumers.length - 1);
	const unit = Math.min(usable / total, 62);
	const used = unit * total + gap * Math.max(0, shape.consumers.length - 1);
	let y = top + (bottom - top - used) / 2;
	const col = centred(columns.consumers, 190, pad / 2);
	const rm = centred(columns.readModels, 210, pad * 2);
	return shape.consumers.map((c, k) => {
		const h = weights[k] * unit;
		const group: Rect = { x: col.x, y, width: col.width, height: h };
		const instances = stack(
			c.instances,
			// Below the group's name and its idempotency line (baselines at 13 and 25 px, see
			// ReadSide.svelte), however many groups share the height.
			y + Math.max(groupHeaderMin, header * unit * 0.85),
			y + h,
			44,
			group.x + pad,
			group.width - 2 * pad
		);
		const readModel = inBand(rm.x, rm.width, y, h, Math.min(h, 66));
		y += h + gap;
		return { id: c.id, group, instances, readModel };
	});
}

/** The top row's share of the height: more handlers (or fewer consumers) need more of it. */
export function writeRowShare(shape: TopologyShape): number {
	const write = Math.max(2, shape.handlers, shape.clients.length) + 0.5;
	const read = Math.max(
		2,
		shape.consumers.reduce((n, c) => n + c.instances + 0.8, 0)
	);
	return Math.max(0.34, Math.min(0.5, write / (write + read)));
}

export function layoutTopology(
	shape: TopologyShape,
	size: { width: number; height: number }
): TopologyLayout {
	const width = Math.max(320, size.width);
	const height = Math.max(240, size.height);
	const columns = columnsOf(width);
	const split = Math.round((height - rowGap) * writeRowShare(shape));
	const rows = {
		write: { y: 0, height: split, titleY: titleHeight - 7 },
		read: {
			y: split + rowGap,
			height: height - split - rowGap,
			titleY: split + rowGap + titleHeight - 7
		}
	};
	const wTop = rows.write.y + titleHeight;
	const wBottom = rows.write.y + rows.write.height - pad;
	const rTop = rows.read.y + titleHeight;
	const rBottom = height - pad;

	const c = centred(columns.clients, 110, 4);
	const clients = stack(Math.max(1, shape.clients.length), wTop, wBottom, 40, c.x, c.width).map(
		(rect, i) => ({ id: shape.clients[i] ?? 'client', rect })
	);
	const h = centred(columns.handlers, 200);
	const handlers = stack(shape.handlers, wTop, wBottom, 58, h.x, h.width);

	// The event store, and the snapshot store under it.
	const s = centred(columns.store, 170);
	const inner = wBottom - wTop;
	const storeHeight = Math.min(100, inner * 0.56);
	// The snapshot store takes what is left (on a projector, little): its line must clear the
	// flashes' badges on its bottom edge.
	const snapHeight = Math.min(60, inner - storeHeight - pad - 4);
	const storeTop = wTop + (inner - storeHeight - snapHeight - pad) / 2;
	const store: Rect = { x: s.x, y: storeTop, width: s.width, height: storeHeight };
	const snapshots: Rect = {
		x: s.x + s.width * 0.15,
		y: storeTop + storeHeight + pad,
		width: s.width * 0.7,
		height: snapHeight
	};
	const r = centred(columns.relay, 170);
	const relay: Rect = { x: r.x, y: store.y + storeHeight / 2 - 32, width: r.width, height: 64 };
	const several = (shape.stores?.length ?? 0) > 1;

	// Wide enough on a projector (a 858 px picture) for "1234 in flight" and "→deduped 123".
	const b = centred(columns.broker, 140, 3);
	// As tall as its lines (in flight, unacked or records and partitions, one per consumer) and
	// the wires' fan need, not the whole row: a tall empty box says nothing.
	const brokerLines = 3 + shape.consumers.length;
	const brokerHeight = Math.min(
		rBottom - rTop,
		Math.max(100, 30 + 15 * brokerLines, (rBottom - rTop) * 0.42)
	);
	const broker: Rect = {
		x: b.x,
		y: rTop + (rBottom - rTop - brokerHeight) / 2,
		width: b.width,
		height: brokerHeight
	};

	const consumers = layoutConsumers(shape, columns, rTop, rBottom);
	const q = centred(columns.queries, 120, 4);
	const queries = inBand(q.x, q.width, rTop, rBottom - rTop, 54);

	const gapY = split + rowGap / 2;
	const publishPath =
		`M${relay.x + relay.width / 2},${relay.y + relay.height}V${gapY}` +
		`H${broker.x + broker.width / 2}V${broker.y}`;
	const stores = several
		? layoutStores(shape.stores!, { s, r, wTop, wBottom, gapY, broker, columns })
		: [];
	const picture = {
		width,
		height,
		columns,
		rows,
		clients,
		handlers,
		store,
		snapshots,
		relay,
		broker,
		consumers,
		queries,
		publishPath,
		stores
	};
	if (!several) return picture;
	// Several domains: the first store stands for "the store" where one is named; the snapshot
	// store goes below the last.
	const last = stores[stores.length - 1].store;
	const snapTop = last.y + last.height + pad;
	return {
		...picture,
		store: stores[0].store,
		snapshots: {
			...snapshots,
			y: snapTop,
			height: Math.max(0, Math.min(snapHeight, wBottom - snapTop))
		},
		relay: stores[0].relay,
		publishPath: stores[0].publishPath
	};
}

/**
 * Several domains: their stores stacked in the store column above a short snapshot store, each
 * relay level with its store; each publish edge leaves its relay on the right, on its own trunk,
 * so the edges never cross a box.
 */
function layoutStores(
	domains: readonly string[],
	at: {
		s: { x: number; width: number };
		r: { x: number; width: number };
		wTop: number;
		wBottom: number;
		gapY: number;
		broker: Rect;
		columns: Record<ColumnName, Column>;
	}
): StoreLayout[] {
	const inner = at.wBottom - at.wTop;
	const snapHeight = Math.min(40, inner * 0.2);
	const rects = stack(
		domains.length,
		at.wTop,
		at.wBottom - snapHeight - pad,
		96,
		at.s.x,
		at.s.width
	);
	const right = at.columns.relay.x + at.columns.relay.width;
	return domains.map((domain, i) => {
		const store = rects[i];
		const h = Math.min(64, store.height);
		const relay: Rect = {
			x: at.r.x,
			y: store.y + (store.height - h) / 2,
			width: at.r.width,
			height: h
		};
		const out = relay.x + relay.width;
		const trunk = out + ((right - out) * (i + 1)) / (domains.length + 1);
		// Each edge on its own lane across the gap between the rows and into the broker.
		const shift = (i - (domains.length - 1) / 2) * 8;
		const publishPath =
			`M${out},${relay.y + relay.height / 2}H${trunk}V${at.gapY + shift * 0.5}` +
			`H${at.broker.x + at.broker.width / 2 + shift}V${at.broker.y}`;
		return { domain, store, relay, publishPath };
	});
}

/**
 * About how wide `text` renders at `fontSize` px in the UI font: Hangul and other wide glyphs
 * count about 1.7 times a Latin letter. Enough to size chips and badges without measuring.
 */
export function approxTextWidth(text: string, fontSize: number): number {
	let units = 0;
	for (const ch of text) units += ch.charCodeAt(0) >= 0x1100 ? 1.0 : 0.6;
	return units * fontSize;
}

/** `text`, cut with an ellipsis so that it fits in `width` px at `fontSize` px. */
export function fitText(text: string, width: number, fontSize: number): string {
	if (approxTextWidth(text, fontSize) <= width) return text;
	let out = '';
	for (const ch of text) {
		if (approxTextWidth(out + ch + '…', fontSize) > width) break;
		out += ch;
	}
	return out + '…';
}

/**
 * The box each node key stands for (see $lib/viz/marks NodeKey): `client:<name>`,
 * `handler:<id>`, `store`, `snapshots`, `relay` (with several domains also `store:<domain>` and
 * `relay:<domain>`), `broker`, `instance:<consumer>#<i>` (0-based),
 * `query:<consumer>` (its read model, where its answers show).
 */
export function nodeRects(
	layout: TopologyLayout,
	handlerIds: readonly string[]
): Map<string, Rect> {
	const map = new Map<string, Rect>();
	for (const c of layout.clients) map.set(`client:${c.id}`, c.rect);
	handlerIds.forEach((id, i) => layout.handlers[i] && map.set(`handler:${id}`, layout.handlers[i]));
	map.set('store', layout.store);
	map.set('snapshots', layout.snapshots);
	map.set('relay', layout.relay);
	for (const s of layout.stores) {
		map.set(`store:${s.domain}`, s.store);
		map.set(`relay:${s.domain}`, s.relay);
	}
	map.set('broker', layout.broker);
	for (const c of layout.consumers) {
		c.instances.forEach((rect, i) => map.set(instanceKey(c.id, i), rect));
		map.set(`query:${c.id}`, c.readModel);
	}
	return map;
}

/** Where copies can be: the read row from the broker to the consumers (the canvas's extent). */
export function wireArea(layout: TopologyLayout): Rect {
	const x = Math.max(0, layout.broker.x - 4);
	const right = layout.columns.consumers.x + layout.columns.consumers.width;
	return { x, y: layout.rows.read.y, width: right - x, height: layout.rows.read.height };
}
