// /lab/compare's cards stay legible on a 1024x768 laptop and in Korean: no text in a card, its mini
// diagram's included, is drawn under 11 px (the diagrams used to shrink with the card to ~8 px).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

/** Every text in the cards with its drawn size: the computed font size times any SVG scaling. */
async function smallestTexts(page: Page) {
	return page.evaluate(() => {
		const found: { text: string; px: number }[] = [];
		for (const card of document.querySelectorAll('main article')) {
			const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement!;
				const text = node.textContent!.trim();
				if (!text || !el.checkVisibility() || el.closest('caption')) continue;
				let px = parseFloat(getComputedStyle(el).fontSize);
				const svg = el.closest('svg');
				if (svg) {
					const viewBox = svg.viewBox.baseVal;
					if (viewBox && viewBox.width > 0) px *= svg.getBoundingClientRect().width / viewBox.width;
				}
				found.push({ text, px: Math.round(px * 10) / 10 });
			}
		}
		return found.sort((a, b) => a.px - b.px);
	});
}

for (const path of ['/lab/compare', '/ko/lab/compare'])
	test(`${path}: no text in a card under 11 px at 1024x768`, async ({ page }) => {
		await page.goto(path);
		const cards = page.locator('main article');
		await expect(cards.first()).toBeVisible();
		await expect(page.getByRole('img', { name: /^(Pipeline|파이프라인)/ }).first()).toBeVisible();
		const texts = await smallestTexts(page);
		expect(texts.length).toBeGreaterThan(20);
		expect(
			texts.filter((t) => t.px < 11),
			'texts under 11 px'
		).toEqual([]);
	});
