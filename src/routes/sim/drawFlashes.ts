/**
 * Paints the flashes' badges on a 2D canvas. They change on every seek, and as SVG text they cost
 * a fifth of a scrubbing frame in Chromium (laying out SVG text is slow); painted, a few rounded
 * rectangles and labels cost next to nothing. They are decoration (aria-hidden): what they say is
 * in the panels too.
 */
import { badgeColour, badgeFontSize, badgeHeight, badgeInset, type Badge } from '$lib/viz/badges';
import { flashOpacity, type FlashMark } from '$lib/viz/marks';
import type { Rect } from '$lib/viz/layout';
import { perTheme, type Context2D } from './canvas';

export interface BadgePalette {
	readonly fill: Readonly<Record<FlashMark, string>>;
	readonly outline: string;
	readonly text: string;
	readonly font: string;
}

/** The theme's badge colours and monospace font. */
export const badgePaletteOf = perTheme((v, themeName): BadgePalette => ({
	fill: Object.fromEntries(
		Object.entries(badgeColour).map(([mark, variable]) => [mark, v(variable)])
	) as Record<FlashMark, string>,
	outline: v('--surface'),
	// White on the light theme's deep colours, near-black on the dark theme's light ones.
	text: themeName === 'dark' ? '#0b1020' : '#ffffff',
	font: `700 ${badgeFontSize}px ${v('--mono') || 'monospace'}`
}));

/** Around a badge: its outline's half, and its label running past an approximate width. */
const margin = 2;
const labelSlack = 8;

/** The badges at `time`, each fading over `windowTicks` after its flash; where it drew them. */
export function drawBadges(
	ctx: Context2D,
	badges: readonly Badge[],
	palette: BadgePalette,
	time: number,
	windowTicks: number
): Rect[] {
	const drawn: Rect[] = [];
	ctx.font = palette.font;
	ctx.textAlign = 'left';
	ctx.textBaseline = 'alphabetic';
	ctx.lineWidth = 1.5;
	ctx.strokeStyle = palette.outline;
	for (const b of badges) {
		const opacity = flashOpacity(b.flash.t, time, windowTicks);
		if (opacity <= 0) continue;
		ctx.globalAlpha = opacity;
		ctx.beginPath();
		ctx.roundRect(b.x, b.y, b.width, badgeHeight, 4);
		ctx.fillStyle = palette.fill[b.flash.mark];
		ctx.fill();
		ctx.stroke();
		ctx.fillStyle = palette.text;
		ctx.fillText(b.text, b.x + badgeInset, b.y + 12.5);
		drawn.push({
			x: b.x - margin,
			y: b.y - margin,
			width: b.width + 2 * margin + labelSlack,
			height: badgeHeight + 2 * margin
		});
	}
	ctx.globalAlpha = 1;
	return drawn;
}
