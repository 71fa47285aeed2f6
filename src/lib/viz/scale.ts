/**
 * How large the topology is drawn: the picture is laid out at a logical size and magnified by
 * one factor, so its boxes, its text and its copies grow together with the space it has (a
 * projector's 1920 px gives every 11 px label about 18 px), with presenter mode and the zoom
 * control on top. The factor never goes under 1: the smallest text in the picture is 11 px at
 * any size.
 */

/** The picture's size at a factor of 1: about a 1280x720 sandbox's. */
export const designSize = { width: 860, height: 470 } as const;
/** The smallest logical size the layout gets: under it, a zoomed picture scrolls. */
const minLogicalSize = { width: 640, height: 380 } as const;
/** No larger than this from the space alone (a 4K screen need not fill with 40 px text). */
const fitScaleMax = 2.4;
/** Presenter mode draws the picture this much larger again. */
const presenterBoost = 1.15;
/** The zoom control's steps; 1 is "as it fits". */
export const zoomSteps = [0.7, 0.85, 1, 1.2, 1.4, 1.7, 2] as const;

export interface Size {
	readonly width: number;
	readonly height: number;
}

/** The factor for a picture `box` px large, in presenter mode or not, at a zoom step. */
export function pictureScale(box: Size, presenter: boolean, zoom: number): number {
	const fit = Math.min(box.width / designSize.width, box.height / designSize.height);
	const base = Math.min(fitScaleMax, Math.max(1, fit));
	return Math.max(1, base * (presenter ? presenterBoost : 1) * zoom);
}

/** The size the layout is computed at: the box shrunk by `scale`, never under the minimum. */
export function logicalSize(box: Size, scale: number): Size {
	return {
		width: Math.max(minLogicalSize.width, Math.floor(box.width / scale)),
		height: Math.max(minLogicalSize.height, Math.floor(box.height / scale))
	};
}

/** The zoom step `by` steps from `zoom` (clamped to the ends). */
export function stepZoom(zoom: number, by: -1 | 1): number {
	const i = zoomSteps.findIndex((z) => Math.abs(z - zoom) < 1e-6);
	const at = i < 0 ? zoomSteps.indexOf(1) : i;
	return zoomSteps[Math.max(0, Math.min(zoomSteps.length - 1, at + by))];
}

/** A stored zoom, or 1 when it is not one of the steps. */
export function parseZoom(text: string | null): number {
	const n = Number(text);
	return zoomSteps.some((z) => z === n) ? n : 1;
}
