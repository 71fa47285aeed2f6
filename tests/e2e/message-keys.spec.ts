// A page loads only the areas of UI strings its route shows (src/lib/i18n/routeAreas.ts): none
// may show a message key instead of its text, in either language, at first visit or once a part
// loaded on demand opens. (A key whose area was not loaded also logs an error, which fails the
// test: tests/e2e/fixtures.ts.)
import { areas } from '../../src/lib/i18n/messages';
import { expect, test } from './fixtures';

const keys = new Set(areas.flatMap((area) => Object.keys(area.en)));

/** The message keys on screen: in visible text, or in what a screen reader speaks. */
async function keysShown(page: import('@playwright/test').Page): Promise<string[]> {
	const texts = await page.evaluate(() => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			if (node.parentElement?.checkVisibility()) out.push(node.textContent ?? '');
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
			for (const attr of ['aria-label', 'title', 'placeholder'])
				out.push(el.getAttribute(attr) ?? '');
		out.push(document.title);
		return out;
	});
	return [
		...new Set(texts.flatMap((text) => text.split(/[\s·]+/)).filter((word) => keys.has(word)))
	];
}

const routes = [
	'/',
	'/sim',
	'/compare',
	'/lab',
	'/lab/compare',
	'/lab/consistency',
	'/lab/snapshots',
	'/lessons',
	'/lessons/at-least-once',
	'/lessons/edit',
	'/model'
];

for (const lang of ['en', 'ko'] as const)
	for (const route of routes) {
		const address = lang === 'ko' ? `/ko${route === '/' ? '' : route}` : route;
		test(`${address} shows no message key`, async ({ page }) => {
			// Once the network is idle the page has hydrated: rendered in the browser with its
			// own strings only (the prerendered HTML was not).
			await page.goto(address, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			expect(await keysShown(page)).toEqual([]);
		});
	}

for (const lang of ['en', 'ko'] as const)
	test(`the sandbox's settings and panels, loaded on demand, show no message key (${lang})`, async ({
		page
	}) => {
		await page.goto(lang === 'ko' ? '/ko/sim' : '/sim');
		await expect(page.locator('[data-hydrated]')).toBeVisible();
		const side = page.getByRole('complementary');
		const tabs = side.getByRole('tab');
		for (let i = 0; i < (await tabs.count()); i++) {
			await tabs.nth(i).click();
			await expect(side.getByRole('tabpanel')).toBeVisible();
			expect(await keysShown(page)).toEqual([]);
		}
		await side.getByRole('group').getByRole('button').nth(1).click();
		await expect(side.getByRole('spinbutton').first()).toBeVisible();
		expect(await keysShown(page)).toEqual([]);
	});
