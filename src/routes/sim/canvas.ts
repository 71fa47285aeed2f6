/**
 * What the topology's canvases (the copies on the wire, the flashes' badges) share: an offscreen
 * surface to draw on, a context sized and cleared for a frame, and the theme's colours, which a
 * canvas cannot take from CSS variables by itself.
 */

/** A 2D context on the page's canvas or on the offscreen canvas it hands its drawing to. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * What a canvas is drawn on: its offscreen twin where the browser has one. Text drawn on a
 * page canvas makes the browser resolve its font against the page's styles first, and in the
 * middle of a seek's DOM update that is a whole extra style pass; an offscreen canvas has no page.
 */
export function drawingSurface(canvas: HTMLCanvasElement): HTMLCanvasElement | OffscreenCanvas {
	if (typeof canvas.transferControlToOffscreen !== 'function') return canvas;
	try {
		return canvas.transferControlToOffscreen();
	} catch {
		return canvas;
	}
}

/**
 * The surface's 2D context, sized to `area` (in CSS px) at the device's pixel ratio, with `area`'s
 * corner at its origin and cleared; null when the browser gives no context.
 */
export function clearedContext(
	surface: HTMLCanvasElement | OffscreenCanvas,
	area: { x: number; y: number; width: number; height: number }
): Context2D | null {
	const dpr = window.devicePixelRatio || 1;
	const width = Math.round(area.width * dpr);
	const height = Math.round(area.height * dpr);
	if (surface.width !== width) surface.width = width;
	if (surface.height !== height) surface.height = height;
	const ctx = surface.getContext('2d') as Context2D | null;
	if (!ctx) return null;
	ctx.setTransform(dpr, 0, 0, dpr, -area.x * dpr, -area.y * dpr);
	ctx.clearRect(area.x, area.y, area.width, area.height);
	return ctx;
}

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
