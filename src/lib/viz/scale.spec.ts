import { describe, expect, it } from 'vitest';
import { designSize, logicalSize, parseZoom, pictureScale, stepZoom, zoomSteps } from './scale';

describe('the picture scale', () => {
	it('is 1 at the design size and under it: text never shrinks below its base size', () => {
		expect(pictureScale(designSize, false, 1)).toBe(1);
		expect(pictureScale({ width: 660, height: 560 }, false, 1)).toBe(1);
		expect(pictureScale({ width: 660, height: 560 }, false, 0.7)).toBe(1);
	});

	it('grows with the space: a 1920x1080 sandbox draws its 11 px labels at about 18 px', () => {
		const s = pictureScale({ width: 1410, height: 880 }, false, 1);
		expect(11 * s).toBeGreaterThanOrEqual(17.5);
	});

	it('grows again in presenter mode, past 16 px for 11 px text in a 1920x1080 lesson', () => {
		const box = { width: 1290, height: 940 };
		const plain = pictureScale(box, false, 1);
		const presenter = pictureScale(box, true, 1);
		expect(presenter).toBeGreaterThan(plain);
		expect(11 * presenter).toBeGreaterThanOrEqual(16);
	});

	it('follows the zoom in both directions while above 1', () => {
		const box = { width: 1410, height: 880 };
		expect(pictureScale(box, false, 1.4)).toBeGreaterThan(pictureScale(box, false, 1));
		expect(pictureScale(box, false, 0.7)).toBeLessThan(pictureScale(box, false, 1));
	});

	it('lays out at the box shrunk by the scale, never under the minimum (then it scrolls)', () => {
		expect(logicalSize({ width: 1720, height: 940 }, 2)).toEqual({ width: 860, height: 470 });
		expect(logicalSize({ width: 700, height: 500 }, 2)).toEqual({ width: 640, height: 380 });
	});
});

describe('the zoom steps', () => {
	it('step up and down, clamped at the ends', () => {
		expect(stepZoom(1, 1)).toBe(1.2);
		expect(stepZoom(1, -1)).toBe(0.85);
		expect(stepZoom(zoomSteps[0], -1)).toBe(zoomSteps[0]);
		expect(stepZoom(zoomSteps.at(-1)!, 1)).toBe(zoomSteps.at(-1));
	});

	it('read back only a known step from storage', () => {
		expect(parseZoom('1.4')).toBe(1.4);
		expect(parseZoom('3')).toBe(1);
		expect(parseZoom(null)).toBe(1);
	});
});
