/**
 * Message copies on the wire, drawn as a function of time (RaftScope's rule): a copy sent at
 * `sentAt` that arrives at `arriveAt` sits at progress (time - sentAt) / (arriveAt - sentAt) along
 * its wire, so scrubbing back to any instant puts every copy exactly where it was. Event copies
 * travel broker → consumer instance; acks travel back on a wire bent the other way, so the two
 * directions never hide each other. Nothing here knows about the DOM.
 */
import type { Rect } from './layout';

export interface Point {
	readonly x: number;
	readonly y: number;
}

/** A quadratic Bézier from `from` to `to`, its control point `bend` px off the chord's middle. */
export interface Wire {
	readonly from: Point;
	readonly to: Point;
	readonly bend: number;
}

/** How far along its wire a copy is at `time` (ticks, fractional), clamped to [0, 1]. */
export function progressAt(sentAt: number, arriveAt: number, time: number): number {
	if (arriveAt <= sentAt) return 1;
	return Math.max(0, Math.min(1, (time - sentAt) / (arriveAt - sentAt)));
}

/**
 * Opacity of a copy at `time`: a copy the network will lose (`lostAt`) fades out during its last
 * tick, half way along, and is gone at `lostAt`; every other copy is fully drawn.
 */
export function copyOpacity(lostAt: number | null, time: number): number {
	if (lostAt === null) return 1;
	return Math.max(0, Math.min(1, lostAt - time));
}

/** The wire between the broker and one consumer instance, for copies of `kind`. */
export function wireBetween(broker: Rect, instance: Rect, kind: 'event' | 'ack'): Wire {
	const brokerMid = broker.y + broker.height / 2;
	const instanceMid = instance.y + instance.height / 2;
	// Wires leave the broker's edge fanned out toward their instance, not from one point.
	const fan = Math.max(-0.4, Math.min(0.4, (instanceMid - brokerMid) / (2 * broker.height || 1)));
	const brokerPort = { x: broker.x + broker.width, y: brokerMid + fan * broker.height };
	const instancePort = { x: instance.x, y: instanceMid };
	return kind === 'event'
		? { from: brokerPort, to: instancePort, bend: -24 }
		: { from: instancePort, to: brokerPort, bend: -24 };
}

/** Unit normal to the chord of a wire (pointing left of the direction of travel). */
function normalOf(wire: Wire): Point {
	const dx = wire.to.x - wire.from.x;
	const dy = wire.to.y - wire.from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: dy / length, y: -dx / length };
}

function controlPoint(wire: Wire): Point {
	const n = normalOf(wire);
	return {
		x: (wire.from.x + wire.to.x) / 2 + n.x * wire.bend,
		y: (wire.from.y + wire.to.y) / 2 + n.y * wire.bend
	};
}

/**
 * The point at progress `t` along a wire, pushed `offset` px sideways in the middle of the way
 * (not at the ends), so copies on one wire at the same instant stay apart and clickable.
 */
export function pointOnWire(wire: Wire, t: number, offset = 0): Point {
	const c = controlPoint(wire);
	const u = 1 - t;
	const x = u * u * wire.from.x + 2 * u * t * c.x + t * t * wire.to.x;
	const y = u * u * wire.from.y + 2 * u * t * c.y + t * t * wire.to.y;
	if (offset === 0) return { x, y };
	const n = normalOf(wire);
	const s = Math.sin(Math.PI * t) * offset;
	return { x: x + n.x * s, y: y + n.y * s };
}

/** The wire as an SVG path. */
export function wirePath(wire: Wire): string {
	const c = controlPoint(wire);
	return `M${wire.from.x},${wire.from.y}Q${c.x},${c.y} ${wire.to.x},${wire.to.y}`;
}

/**
 * A stable sideways lane for a copy, from its id ("m17"): copies sent in the same tick on the
 * same wire (a duplicate and its original) fan out instead of stacking.
 */
export function laneOffset(id: string, spread: number): number {
	const n = Number(id.replace(/\D/g, '')) || 0;
	const lanes = [0, 1, -1, 2, -2];
	return (lanes[n % lanes.length] * spread) / 2;
}

/** The key of the wire a copy travels on: `consumer#instance:kind` (instance 0-based). */
export const wireKey = (consumer: string, instance: number, kind: 'event' | 'ack'): string =>
	`${consumer}#${instance}:${kind}`;

/** Every wire of a layout, by `wireKey`. */
export function wiresOf(layout: {
	broker: Rect;
	consumers: readonly { id: string; instances: readonly Rect[] }[];
}): Map<string, Wire> {
	const map = new Map<string, Wire>();
	for (const c of layout.consumers)
		c.instances.forEach((rect, i) => {
			map.set(wireKey(c.id, i, 'event'), wireBetween(layout.broker, rect, 'event'));
			map.set(wireKey(c.id, i, 'ack'), wireBetween(layout.broker, rect, 'ack'));
		});
	return map;
}

/** A copy as drawn at one instant: where, how opaque, and which mark. */
export interface PlacedCopy {
	readonly id: string;
	readonly kind: 'event' | 'ack';
	readonly cause: string;
	readonly position: number;
	readonly x: number;
	readonly y: number;
	readonly opacity: number;
}

/** Lane spread (px) between copies on one wire. */
export const laneSpread = 14;

/**
 * Copies that get their own focusable button while paused. Beyond this many (hundreds in flight),
 * buttons would cost a seek tens of milliseconds and a keyboard user could not tab through them
 * anyway; a click on any copy still works (the topology hit-tests the canvas).
 */
export const focusableCopiesMax = 120;

/** Every copy on the wire at `time`, placed on its wire (copies without a wire are skipped). */
export function placeCopies(
	copies: readonly {
		id: string;
		kind: 'event' | 'ack';
		cause: string;
		position: number;
		consumer: string;
		instance: number;
		sentAt: number;
		arriveAt: number;
		lostAt: number | null;
	}[],
	wires: ReadonlyMap<string, Wire>,
	time: number
): PlacedCopy[] {
	const placed: PlacedCopy[] = [];
	for (const m of copies) {
		const wire = wires.get(wireKey(m.consumer, m.instance, m.kind));
		if (!wire) continue;
		const p = pointOnWire(
			wire,
			progressAt(m.sentAt, m.arriveAt, time),
			laneOffset(m.id, laneSpread)
		);
		placed.push({
			id: m.id,
			kind: m.kind,
			cause: m.cause,
			position: m.position,
			x: p.x,
			y: p.y,
			opacity: copyOpacity(m.lostAt, time)
		});
	}
	return placed;
}

/**
 * How far a copy's mark is pulled out on each side so that its label, the event's position,
 * stays on it: three digits fit in the plain shape; a longer label (about 6.3 px of white text a
 * digit, which would vanish off the mark) gets a digit's width more, and a margin. The shapes
 * keep their ends, so they stay apart without colour: a pill (●), a long diamond (◆), a wide
 * square (■). An ack carries no label.
 */
export function markStretch(copy: Pick<PlacedCopy, 'kind' | 'position'>): number {
	// Numbers, not String(position): this runs for every copy in every frame while playing.
	if (copy.kind === 'ack' || copy.position < 1000) return 0;
	const digits = Math.floor(Math.log10(copy.position)) + 1;
	return (digits - 3) * 3.2 + 1.5;
}

/**
 * The copy drawn nearest to (x, y) within `radius` px of its mark's centre line (see
 * markStretch; the last drawn wins ties), or null.
 */
export function hitCopy(
	placed: readonly PlacedCopy[],
	x: number,
	y: number,
	radius: number
): PlacedCopy | null {
	let best: PlacedCopy | null = null;
	let bestDistance = radius;
	for (let i = placed.length - 1; i >= 0; i--) {
		const c = placed[i];
		if (c.opacity <= 0) continue;
		const d = Math.hypot(Math.max(0, Math.abs(c.x - x) - markStretch(c)), c.y - y);
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}
