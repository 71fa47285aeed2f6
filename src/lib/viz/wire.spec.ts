import { describe, expect, it } from 'vitest';
import {
	copyOpacity,
	hitCopy,
	markStretch,
	placeCopies,
	laneOffset,
	pointOnWire,
	progressAt,
	wireBetween,
	wirePath,
	wiresOf,
	type Wire
} from './wire';

const broker = { x: 100, y: 100, width: 60, height: 200 };
const instance = { x: 400, y: 50, width: 80, height: 40 };

describe('progressAt: a copy is drawn as a function of time', () => {
	it('given a copy sent at 10 arriving at 14, it is at 0, half way and 1 at 10, 12, 14', () => {
		expect(progressAt(10, 14, 10)).toBe(0);
		expect(progressAt(10, 14, 12)).toBe(0.5);
		expect(progressAt(10, 14, 14)).toBe(1);
	});

	it('is clamped before sending and after arrival', () => {
		expect(progressAt(10, 14, 3)).toBe(0);
		expect(progressAt(10, 14, 99)).toBe(1);
	});

	it('moves smoothly between ticks (fractional time)', () => {
		expect(progressAt(10, 14, 11.5)).toBeCloseTo(0.375, 9);
	});

	it('a copy with no delay is already there', () => {
		expect(progressAt(10, 10, 10)).toBe(1);
	});

	it('is the same whether the cursor got there by playing or by scrubbing back', () => {
		const forward = [10, 11, 12, 13].map((t) => progressAt(10, 14, t + 0.25));
		const back = [13, 12, 11, 10].map((t) => progressAt(10, 14, t + 0.25)).reverse();
		expect(back).toEqual(forward);
	});
});

describe('copyOpacity: a lost copy fades half way', () => {
	it('a copy that will arrive is fully drawn', () => {
		expect(copyOpacity(null, 12.7)).toBe(1);
	});

	it('a copy lost at 12 is solid until 11, fades during tick 11, and is gone at 12', () => {
		expect(copyOpacity(12, 10.5)).toBe(1);
		expect(copyOpacity(12, 11)).toBe(1);
		expect(copyOpacity(12, 11.75)).toBeCloseTo(0.25, 9);
		expect(copyOpacity(12, 12)).toBe(0);
	});
});

describe('wires between the broker and an instance', () => {
	it('an event copy starts at the broker and ends at the instance; an ack goes back', () => {
		const event = wireBetween(broker, instance, 'event');
		const ack = wireBetween(broker, instance, 'ack');
		expect(pointOnWire(event, 0)).toEqual(event.from);
		expect(event.from.x).toBe(160);
		expect(pointOnWire(event, 1)).toEqual({ x: 400, y: 70 });
		expect(ack.from).toEqual(event.to);
		expect(ack.to).toEqual(event.from);
	});

	it('the two directions bend to opposite sides, so events and acks never overlap mid-way', () => {
		const event = pointOnWire(wireBetween(broker, instance, 'event'), 0.5);
		const ack = pointOnWire(wireBetween(broker, instance, 'ack'), 0.5);
		expect(Math.hypot(event.x - ack.x, event.y - ack.y)).toBeGreaterThan(20);
	});

	it('a wire leaves the broker from a port fanned toward its instance, within the broker', () => {
		const high = wireBetween(broker, { ...instance, y: 0 }, 'event');
		const low = wireBetween(broker, { ...instance, y: 360 }, 'event');
		expect(high.from.y).toBeLessThan(low.from.y);
		for (const w of [high, low]) {
			expect(w.from.y).toBeGreaterThanOrEqual(broker.y);
			expect(w.from.y).toBeLessThanOrEqual(broker.y + broker.height);
		}
	});
});

describe('pointOnWire', () => {
	const straight: Wire = { from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, bend: 0 };

	it('on a straight wire, progress is distance', () => {
		expect(pointOnWire(straight, 0.25)).toEqual({ x: 25, y: 0 });
	});

	it('a lane offset pushes sideways in the middle but not at the ends', () => {
		expect(pointOnWire(straight, 0, 8)).toEqual({ x: 0, y: 0 });
		const mid = pointOnWire(straight, 0.5, 8);
		expect(Math.abs(mid.y)).toBeCloseTo(8, 9);
		const end = pointOnWire(straight, 1, 8);
		expect(end.x).toBeCloseTo(100, 9);
		expect(end.y).toBeCloseTo(0, 9);
	});

	it('wirePath draws the same quadratic curve', () => {
		expect(wirePath(straight)).toBe('M0,0Q50,0 100,0');
	});
});

describe('laneOffset', () => {
	it('is stable per id, and consecutive copies take different lanes', () => {
		expect(laneOffset('m7', 10)).toBe(laneOffset('m7', 10));
		expect(laneOffset('m7', 10)).not.toBe(laneOffset('m8', 10));
		expect(Math.abs(laneOffset('m9', 10))).toBeLessThanOrEqual(10);
	});
});

describe('wiresOf', () => {
	it('has an event wire and an ack wire per instance', () => {
		const wires = wiresOf({
			broker,
			consumers: [{ id: 'gated', instances: [instance, { ...instance, y: 200 }] }]
		});
		expect([...wires.keys()].sort()).toEqual([
			'gated#0:ack',
			'gated#0:event',
			'gated#1:ack',
			'gated#1:event'
		]);
		expect(wires.get('gated#1:event')?.to.y).toBe(220);
	});
});

describe('placeCopies and hitCopy', () => {
	const wires = wiresOf({ broker, consumers: [{ id: 'naive', instances: [instance] }] });
	const copy = {
		id: 'm1',
		kind: 'event' as const,
		cause: 'publish',
		position: 3,
		consumer: 'naive',
		instance: 0,
		sentAt: 10,
		arriveAt: 14,
		lostAt: null
	};

	it('places a copy on its wire at the given time, and skips copies to unknown instances', () => {
		const [placed, ...rest] = placeCopies(
			[copy, { ...copy, id: 'm2', consumer: 'gone' }],
			wires,
			10
		);
		expect(rest).toEqual([]);
		expect(placed).toMatchObject({ id: 'm1', position: 3, opacity: 1 });
		expect({ x: placed.x, y: placed.y }).toEqual(wires.get('naive#0:event')!.from);
	});

	it('moving the cursor moves the copy along its wire, and back again exactly', () => {
		const a = placeCopies([copy], wires, 11.5)[0];
		const b = placeCopies([copy], wires, 13)[0];
		expect(b.x).toBeGreaterThan(a.x);
		expect(placeCopies([copy], wires, 11.5)[0]).toEqual(a);
	});

	it('hitCopy finds the copy under the pointer, within a radius', () => {
		const placed = placeCopies([copy], wires, 12);
		expect(hitCopy(placed, placed[0].x + 5, placed[0].y - 5, 16)?.id).toBe('m1');
		expect(hitCopy(placed, placed[0].x + 40, placed[0].y, 16)).toBeNull();
	});

	it('hitCopy catches a click on the end of a wide mark (a long event position)', () => {
		const [short] = placeCopies([copy], wires, 12);
		const [long] = placeCopies([{ ...copy, position: 123_456 }], wires, 12);
		// 26 px right of the centre: past a plain mark, on a six-digit one.
		expect(hitCopy([short], short.x + 26, short.y, 16)).toBeNull();
		expect(hitCopy([long], long.x + 26, long.y, 16)?.id).toBe('m1');
	});

	it('a copy that has faded away cannot be hit', () => {
		const placed = placeCopies([{ ...copy, lostAt: 12 }], wires, 12);
		expect(hitCopy(placed, placed[0].x, placed[0].y, 16)).toBeNull();
	});
});

describe('markStretch: a copy on the wire shows its whole event position', () => {
	const event = (position: number) => ({ kind: 'event' as const, position });

	it('keeps the plain mark for up to three digits, and for acks, which have no label', () => {
		for (const position of [1, 42, 999]) expect(markStretch(event(position))).toBe(0);
		expect(markStretch({ kind: 'ack', position: 123_456 })).toBe(0);
	});

	it('widens the mark so that a longer label stays on it (white on the page would vanish)', () => {
		for (const position of [1000, 37_490, 123_456, 999_999]) {
			// Bold 10.5 px digits are about 6.3 px wide each; the event's pill is 10 px of radius
			// inside its outline, each side, plus the stretch.
			const label = String(position).length * 6.3;
			expect(2 * (10 + markStretch(event(position)))).toBeGreaterThan(label + 2);
		}
	});
});
