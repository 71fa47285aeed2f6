/**
 * Where the flashes' badges go (see NodeLabels.svelte): under each node's bottom-right corner, right
 * to left from the newest, glyph and label on the mark's colour.
 */
import { approxTextWidth, type Rect } from './layout';
import { flashGlyphs, type Flash, type FlashMark, type NodeKey } from './marks';

export const badgeFontSize = 11;
export const badgeHeight = 17;
/** The text's inset from a badge's left (and right) edge. */
export const badgeInset = 5;
/** Between two badges of one node. */
const gap = 3;

export interface Badge {
	readonly flash: Flash;
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
}

/**
 * The badges of `flashes` (by node, oldest first) at their nodes' rects; nodes without a rect
 * have none. The newest always shows; an older one only if it stays under its node, since one
 * past the node's left edge lands on a neighbour or is cut off by the picture's edge (a client's
 * "→ c3750 Add" is wider than its box on a projector).
 */
export function placeBadges(
	flashes: ReadonlyMap<NodeKey, readonly Flash[]>,
	anchors: ReadonlyMap<NodeKey, Rect>
): Badge[] {
	const badges: Badge[] = [];
	for (const [key, list] of flashes) {
		const rect = anchors.get(key);
		if (!rect) continue;
		let right = rect.x + rect.width + 4;
		for (let i = list.length - 1; i >= 0; i--) {
			const flash = list[i];
			const text = `${flashGlyphs[flash.mark]}${flash.label ? ` ${flash.label}` : ''}`;
			const width = approxTextWidth(text, badgeFontSize) + 2 * badgeInset;
			const x = right - width;
			if (i < list.length - 1 && x < rect.x - 4) break;
			right = x - gap;
			badges.push({ flash, text, width, x, y: rect.y + rect.height - 9 });
		}
	}
	return badges;
}

/** The CSS variable of each mark's colour: the legend's colours, by what happened. */
export const badgeColour: Readonly<Record<FlashMark, string>> = {
	received: '--c-event',
	published: '--c-event',
	appended: '--c-event',
	accepted: '--c-applied',
	applied: '--c-applied',
	fresh: '--c-applied',
	restart: '--c-applied',
	conflict: '--c-conflict',
	rejection: '--c-rejection',
	failed: '--c-rejection',
	publishLost: '--c-drop',
	drop: '--c-drop',
	crash: '--c-drop',
	skip: '--c-skip',
	held: '--c-skip',
	snapshot: '--c-skip',
	stale: '--c-stale',
	partition: '--c-stale'
};
