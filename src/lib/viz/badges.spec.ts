import { describe, expect, it } from 'vitest';
import { badgeColour, badgeInset, placeBadges } from './badges';
import { approxTextWidth } from './layout';
import { flashGlyphs, type Flash, type FlashMark } from './marks';

const flash = (mark: FlashMark, label: string, seq: number): Flash => ({
	key: 'store',
	mark,
	label,
	t: 10,
	seq
});
const store = { x: 100, y: 50, width: 120, height: 60 };

describe('placeBadges: badges under a node, right to left from the newest', () => {
	it('the newest sits at the node’s bottom-right corner, the older one left of it', () => {
		const older = flash('appended', '#6', 1);
		const newer = flash('appended', '#7', 2);
		const [first, second] = placeBadges(
			new Map([['store', [older, newer]]]),
			new Map([['store', store]])
		);
		expect(first.flash).toBe(newer);
		expect(first.text).toBe(`${flashGlyphs.appended} #7`);
		expect(first.x + first.width).toBe(store.x + store.width + 4);
		expect(first.y).toBe(store.y + store.height - 9);
		expect(second.flash).toBe(older);
		expect(second.x + second.width).toBe(first.x - 3);
	});

	it('an older badge that would stick out past the node’s left edge is left out; the newest stays', () => {
		const client = { x: 10, y: 50, width: 100, height: 40 };
		const older = flash('received', 'c3749 Add', 1);
		const newer = flash('received', 'c3750 Add', 2);
		const badges = placeBadges(new Map([['store', [older, newer]]]), new Map([['store', client]]));
		expect(badges.map((b) => b.flash)).toEqual([newer]);
		const narrow = { ...client, width: 40 };
		const [alone] = placeBadges(new Map([['store', [newer]]]), new Map([['store', narrow]]));
		expect(alone.x).toBeLessThan(narrow.x);
	});

	it('a badge is as wide as its text and the insets; a flash without a label is its glyph alone', () => {
		const [badge] = placeBadges(
			new Map([['store', [flash('snapshot', '', 1)]]]),
			new Map([['store', store]])
		);
		expect(badge.text).toBe(flashGlyphs.snapshot);
		expect(badge.width).toBe(approxTextWidth(badge.text, 11) + 2 * badgeInset);
	});

	it('a node that is not drawn gets no badges', () => {
		expect(placeBadges(new Map([['relay', [flash('published', '#1', 1)]]]), new Map())).toEqual([]);
	});
});

describe('badgeColour', () => {
	it('every flash has one of the legend’s colours', () => {
		const legend = [
			'--c-event',
			'--c-applied',
			'--c-conflict',
			'--c-rejection',
			'--c-drop',
			'--c-skip',
			'--c-stale'
		];
		for (const mark of Object.keys(flashGlyphs) as FlashMark[])
			expect(legend).toContain(badgeColour[mark]);
	});
});
