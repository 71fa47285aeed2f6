// A share link never replaces the sandbox saved in this browser without asking: pasted into the
// address bar of an open /sim, or opened in a new tab, it shows the link's run under a notice,
// and the user's own sandbox is one click away; keeping the shared run is a choice.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const sandboxKey = 'eventscope.sandbox.v1';

// Two browsers (one makes the link), a saved sandbox and a few page loads each: longer than one
// interaction on a busy machine.
test.beforeEach(() => test.slow());

async function open(page: Page, url = '/sim') {
	await page.goto(url);
	await expect(page.locator('[data-hydrated]')).toBeVisible();
}

async function settings(page: Page) {
	const button = page.getByRole('button', { name: /^(Settings|설정)$/ });
	if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

const seedField = (page: Page) => page.getByRole('spinbutton', { name: /^(Seed|시드)$/ });
const savedSeed = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').seed ?? null, sandboxKey);

/** A link to the example with another seed, made in a browser of its own (nothing saved there). */
async function linkWithSeed(page: Page, seed: string): Promise<string> {
	const context = await page.context().browser()!.newContext();
	const other = await context.newPage();
	await open(other);
	await settings(other);
	await seedField(other).fill(seed);
	await other.getByRole('button', { name: 'Share' }).click();
	const link = await other.getByRole('textbox', { name: 'Share link' }).inputValue();
	await context.close();
	return link.replace(/^https?:\/\/[^/]+/, '');
}

/** This browser's own sandbox: the example with seed 4242, saved. */
async function ownSandbox(page: Page) {
	await open(page);
	await settings(page);
	await seedField(page).fill('4242');
	await expect.poll(() => savedSeed(page)).toBe(4242);
}

test('a link pasted into an open sandbox is shown, and the saved sandbox is one click away', async ({
	page
}) => {
	const link = await linkWithSeed(page, '31');
	await ownSandbox(page);

	await page.goto(link); // the same page, only the fragment changes: as pasted in the address bar
	const notice = page.getByRole('status').filter({ hasText: 'You are viewing a shared run' });
	await expect(notice).toBeVisible();
	await expect(seedField(page)).toHaveValue('31');
	// An edit to the shared run is not saved over the user's sandbox either.
	await seedField(page).fill('32');
	await expect(page).toHaveURL(/#s2\./);
	expect(await savedSeed(page)).toBe(4242);

	await notice.getByRole('button', { name: 'Back to my sandbox' }).click();
	await expect(notice).toBeHidden();
	await expect(seedField(page)).toHaveValue('4242');
	expect(await savedSeed(page)).toBe(4242);
	// Back on one's own sandbox, edits are saved again.
	await seedField(page).fill('4243');
	await expect.poll(() => savedSeed(page)).toBe(4243);
});

test('a link opened in a new tab over a saved sandbox asks too; keeping it makes it the sandbox', async ({
	page
}) => {
	const link = await linkWithSeed(page, '31');
	await ownSandbox(page);

	const tab = await page.context().newPage();
	await open(tab, link);
	const notice = tab.getByRole('status').filter({ hasText: 'You are viewing a shared run' });
	await expect(notice).toBeVisible();
	await notice.getByRole('button', { name: 'Keep this as my sandbox' }).click();
	await expect(notice).toBeHidden();
	expect(await savedSeed(tab)).toBe(31);
	// Reopening /sim now opens the kept run.
	await open(tab, '/sim');
	await settings(tab);
	await expect(seedField(tab)).toHaveValue('31');
});

test('reloading one’s own sandbox (its address is a link to it) is no shared run', async ({
	page
}) => {
	await ownSandbox(page);
	await expect(page).toHaveURL(/#s2\./);
	await page.reload();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await settings(page);
	await expect(seedField(page)).toHaveValue('4242');
	await expect(page.getByText('You are viewing a shared run')).toHaveCount(0);
});

test('in Korean, the notice and its buttons', async ({ page }) => {
	const link = await linkWithSeed(page, '31');
	await page.addInitScript(() => localStorage.setItem('eventscope.lang', 'ko'));
	await ownSandbox(page);
	await page.goto(`/ko${link}`);
	const notice = page.getByRole('status').filter({ hasText: '공유된 실행을 보고 있습니다' });
	await expect(notice).toBeVisible();
	await notice.getByRole('button', { name: '내 샌드박스로 돌아가기' }).click();
	await expect(seedField(page)).toHaveValue('4242');
});
