/**
 * What the topology's canvases (the copies on the wire, the flashes' badges) share: an offscreen
 * surface to draw on, a context sized for a frame with the last one's drawing cleared, and the
 * theme's colours, which a canvas cannot take from CSS variables by itself.
 */

import type { Rect } from '$lib/viz/layout';

/** A 2D context on the page's canvas or on the offscreen canvas it hands its drawing to. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Device pixels per CSS px for a canvas shown `scale` times larger: it stays sharp. */
export const pixelRatio = (scale: number): number => (window.devicePixelRatio || 1) * scale;

/** A surface a 2D drawing goes on: the page's canvas, or an offscreen one (here or in a worker). */
export type Surface = HTMLCanvasElement | OffscreenCanvas;

/**
 * What a canvas is drawn on in this thread: its offscreen twin where the browser has one. Text
 * drawn on a page canvas makes the browser resolve its font against the page's styles first, and
 * in the middle of a seek's DOM update that is a whole extra style pass; an offscreen canvas has
 * no page.
 */
export function drawingSurface(canvas: HTMLCanvasElement): Surface {
	if (typeof canvas.transferControlToOffscreen !== 'function') return canvas;
	try {
		return canvas.transferControlToOffscreen();
	} catch {
		return canvas;
	}
}

/**
 * A canvas's drawing, frame after frame: its surface sized to an area of the picture, and where the last frame drew, so that a new frame clears only that. Clearing a canvas
 * the size of the picture costs more than drawing a few badges on it in a software-rendered
 * browser, and a seek draws on both canvases.
 */
export class Painting {
	readonly #surface: Surface;
	#area: Rect | null = null;
	#drawn: Rect[] = [];

	constructor(surface: Surface) {
		this.#surface = surface;
	}

	/**
	 * The 2D context for a new frame over `area` (in CSS px, its corner at the origin), painted at
	 * `dpr` device pixels per CSS px (the device's pixel ratio times the picture's
	 * magnification, see $lib/viz/scale: the canvas is shown that much larger and stays sharp),
	 * with the last frame's drawing cleared; null when the browser gives no context.
	 */
	begin(area: Rect, dpr: number): Context2D | null {
		const surface = this.#surface;
		const width = Math.round(area.width * dpr);
		const height = Math.round(area.height * dpr);
		// Resizing clears the whole surface; so does a new area.
		const moved = !this.#area || !sameRect(this.#area, area);
		if (surface.width !== width) surface.width = width;
		if (surface.height !== height) surface.height = height;
		const ctx = surface.getContext('2d') as Context2D | null;
		if (!ctx) return null;
		ctx.setTransform(dpr, 0, 0, dpr, -area.x * dpr, -area.y * dpr);
		const dirty = moved ? [area] : this.#drawn;
		for (const b of dirty) ctx.clearRect(b.x, b.y, b.width, b.height);
		this.#area = area;
		this.#drawn = [];
		return ctx;
	}

	/** Where this frame drew (with its antialiased edges): the next frame clears it. */
	drew(box: Rect): void {
		this.#drawn.push(box);
	}
}

const sameRect = (a: Rect, b: Rect): boolean =>
	a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * `read` applied to an element's CSS variables, once per theme: a canvas cannot use `var(--x)`,
 * so it paints with the values, and reading styles on every frame would cost a style pass.
 */
export function perTheme<T>(
	read: (variable: (name: string) => string, themeName: string) => T
): (element: Element, themeName: string) => T {
	const cache = new Map<string, T>();
	return (element, themeName) => {
		let value = cache.get(themeName);
		if (value === undefined) {
			const style = getComputedStyle(element);
			value = read((name) => style.getPropertyValue(name).trim(), themeName);
			cache.set(themeName, value);
		}
		return value;
	};
}
