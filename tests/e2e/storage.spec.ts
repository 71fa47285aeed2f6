// Storage that fails: blocked (a page framed by another site, some privacy settings), full, or
// shared with another tab. The app stays usable, says when something was not saved, and two tabs
// never silently overwrite each other's sandbox.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function open(page: Page, url = '/sim') {
	await page.goto(url);
	await expect(page.locator('[data-hydrated]')).toBeVisible();
}

async function settings(page: Page) {
	const button = page.getByRole('button', { name: 'Settings', exact: true });
	if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
	await expect(page.getByRole('region', { name: 'Settings' })).toBeVisible();
}

const seedField = (page: Page) => page.getByRole('spinbutton', { name: 'Seed', exact: true });

test('with storage blocked, /sim becomes interactive and the theme and language switches work', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await open(page);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
	await page.getByRole('button', { name: '한국어' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('with storage full, an edit says it was not saved instead of failing silently', async ({
	page
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await open(page);
	await settings(page);
	await seedField(page).fill('4242');
	const notice = page.getByRole('status').filter({ hasText: 'Not saved' });
	await expect(notice).toContainText('storage is full or blocked');
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test('two tabs: a stale tab does not overwrite the sandbox another tab saved; it asks', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await open(a);
	await open(b);
	await settings(a);
	await settings(b);

	await seedField(b).fill('111');
	await expect
		.poll(() => b.evaluate(() => localStorage.getItem('eventscope.sandbox.v1') ?? ''))
		.toContain('"seed":111');

	const ask = a.getByRole('status').filter({ hasText: 'Another tab changed the saved sandbox' });
	await expect(ask).toBeVisible();
	// An edit in the stale tab while it asks is not saved over the other tab's.
	await seedField(a).fill('222');
	await expect(seedField(a)).toHaveValue('222');
	await a.waitForFunction(() => location.hash.length > 1); // its own address is written
	expect(await a.evaluate(() => localStorage.getItem('eventscope.sandbox.v1'))).toContain(
		'"seed":111'
	);

	await ask.getByRole('button', { name: 'Open the other tab’s sandbox' }).click();
	await expect(seedField(a)).toHaveValue('111');
	await expect(ask).toHaveCount(0);
});
