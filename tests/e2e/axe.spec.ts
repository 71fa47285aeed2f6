// Accessibility as a test: axe-core checks every route, in both languages and both themes, and a
// violation of any impact fails. The pages are checked as they first show (no menu open), after
// the run or lesson has drawn its picture.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const routes = [
	'/',
	'/sim',
	'/lessons',
	'/lessons/duplicates',
	'/model',
	'/lab/compare',
	'/lab',
	'/lab/consistency',
	'/lab/snapshots',
	'/no-such-page'
];

/** Each violation as one readable line: rule, impact, and the first few elements it names. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`
	);
}

for (const scheme of ['light', 'dark'] as const)
	test.describe(`${scheme} theme`, () => {
		// The 404 page comes with a 404 status, which the browser logs.
		test.use({ colorScheme: scheme, expectedConsoleErrors: [/status of 404/] });
		for (const language of ['en', 'ko'] as const)
			for (const route of routes) {
				const path = language === 'ko' ? `/ko${route === '/' ? '' : route}` : route;
				test(`axe finds no violation on ${path}`, async ({ page }) => {
					// axe walks the whole DOM in the page: seconds on a machine busy with other work.
					test.slow();
					await page.goto(path);
					await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
					await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
					expect(await violations(page), 'axe violations').toEqual([]);
				});
			}
	});
