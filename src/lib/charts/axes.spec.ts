import { describe, expect, it } from 'vitest';
import { axisDomain, axisTicks, makeScale, nearestPoint } from './axes';

describe('axisDomain', () => {
	it.each([
		[[10, 100_000], 'log', [10, 100_000]],
		[[3, 450], 'log', [1, 1_000]],
		[[0, 5, 50], 'log', [1, 100]],
		[[7], 'log', [1, 10]],
		[[], 'log', [1, 10]],
		[[2, 8], 'linear', [0, 8]],
		[[0], 'linear', [0, 1]]
	] as const)('%j on a %s axis is %j', (values, kind, expected) => {
		expect(axisDomain(values, kind)).toEqual(expected);
	});
});

describe('axisTicks', () => {
	it('labels powers of ten on a log axis', () => {
		const scale = makeScale('log', [10, 100_000], [0, 100]);
		expect(axisTicks(scale, 'log')).toEqual([10, 100, 1_000, 10_000, 100_000]);
	});

	it('thins out a long log axis', () => {
		const scale = makeScale('log', [1e-6, 1e6], [0, 100]);
		expect(axisTicks(scale, 'log', 5).length).toBeLessThanOrEqual(5);
	});
});

describe('nearestPoint', () => {
	const series = [
		{
			id: 'a',
			label: 'A',
			points: [
				{ x: 0, y: 0 },
				{ x: 10, y: 10 }
			]
		},
		{ id: 'b', label: 'B', points: [{ x: 10, y: 0 }] }
	];
	const id = (v: number) => v;

	it('finds the closest point across series', () => {
		expect(nearestPoint(series, id, id, 9, 1)).toEqual({ series: 1, index: 0 });
		expect(nearestPoint(series, id, id, 9, 9)).toEqual({ series: 0, index: 1 });
	});

	it('finds nothing outside the radius', () => {
		expect(nearestPoint(series, id, id, 100, 100, 5)).toBeNull();
	});
});
