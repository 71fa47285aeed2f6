// Share links as a teacher and a student use them: a link reopens exactly what was on screen
// (the run, the tick, the event store), a broken link explains itself and offers a way back,
// and the Embed option gives iframe code.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The side column shows the panels ("Inspect") or the settings; pick one. */
async function show(page: Page, view: 'Settings' | 'Inspect') {
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	const button = page.getByRole('button', { name: view, exact: true });
	if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
	if (view === 'Settings')
		await expect(page.getByRole('region', { name: 'Settings' })).toBeVisible();
	else await expect(page.getByRole('tablist', { name: 'Panels' })).toBeVisible();
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('[data-hydrated]')).toBeVisible();
}

const seedField = (page: Page) => page.getByRole('spinbutton', { name: 'Seed', exact: true });

test('share round trip: play, pause, share, open the link in a fresh page', async ({
	page,
	browser
}) => {
	await open(page, '/sim');
	const time = page.getByRole('slider', { name: 'Time' });
	const store = page.getByRole('table', { name: 'Event store' });
	// Change a setting, so the link must carry more than the example.
	await show(page, 'Settings');
	await seedField(page).fill('31');
	await show(page, 'Inspect');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(store.getByRole('row')).not.toHaveCount(1, { timeout: 15_000 });
	await page.getByRole('button', { name: 'Pause' }).click();
	const tick = await time.inputValue();
	const rows = (await store.textContent()) ?? '';

	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
	expect(link).toMatch(/\/sim#s2\.[\w.-]+$/);
	expect(link.length).toBeLessThan(2000);

	const fresh = await browser.newContext(); // no saved sandbox, no history
	const other = await fresh.newPage();
	await open(other, link);
	await expect(other.getByRole('slider', { name: 'Time' })).toHaveValue(tick);
	await expect(other.getByRole('table', { name: 'Event store' })).toHaveText(rows);
	await show(other, 'Settings');
	await expect(seedField(other)).toHaveValue('31');
	await fresh.close();
});

test('the address follows the cursor without adding history entries', async ({ page }) => {
	await open(page, '/sim');
	const entries = await page.evaluate(() => history.length);
	const time = page.getByRole('slider', { name: 'Time' });
	await time.fill('25');
	await expect(page).toHaveURL(/#s2\./);
	const at25 = await page.evaluate(() => location.hash);
	await time.fill('40');
	await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(at25);
	expect(await page.evaluate(() => history.length)).toBe(entries);
	await page.reload();
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('40');
});

test('Embed gives iframe code with ?embed=1', async ({ page }) => {
	await open(page, '/sim');
	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByRole('checkbox', { name: 'Embed' }).check();
	const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
	expect(code).toMatch(/^<iframe src="[^"]*\/sim\?embed=1#s2\.[\w.-]+"/);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
});

for (const [name, fragment, message] of [
	['a damaged link', 's1.not-a-real-link', 'The link is damaged'],
	['a newer version', 's9.AAAA', 'newer or changed version'],
	['a truncated link', 's1.', 'The link is cut off']
]) {
	test(`${name} shows an alert with a way back`, async ({ page }) => {
		await open(page, `/sim#${fragment}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('This link could not be opened');
		await expect(alert).toContainText(message);
		// The page still works behind the alert.
		await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
		await alert.getByRole('button', { name: 'Open the default sandbox' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(`#${fragment}`);
		await show(page, 'Settings');
		await expect(seedField(page)).toHaveValue('7');
	});
}

test('a link with one character changed shows the broken-link alert, not another run', async ({
	page
}) => {
	await open(page, '/sim');
	await show(page, 'Settings');
	await seedField(page).fill('4');
	await expect(page).toHaveURL(/#s2\./);
	const hash = await page.evaluate(() => location.hash);
	// The seed lives near the end of the compressed data; change a character there.
	const i = hash.length - 3;
	const damaged = hash.slice(0, i) + (hash[i] === 'A' ? 'B' : 'A') + hash.slice(i + 1);
	const fresh = await page.context().browser()!.newContext();
	const other = await fresh.newPage();
	await open(other, `/sim${damaged}`);
	// Refused (as damaged, or as cut off when the change also breaks the compressed data), and
	// the example is what opens behind the alert, not a run with another seed.
	await expect(other.getByRole('alert')).toContainText('This link could not be opened');
	await other.getByRole('button', { name: 'Settings', exact: true }).click();
	await expect(seedField(other)).toHaveValue('7');
	await fresh.close();
});

test('a link pasted into an open page is loaded', async ({ page }) => {
	await open(page, '/sim');
	await show(page, 'Settings');
	await seedField(page).fill('77');
	await page.getByRole('slider', { name: 'Time' }).fill('33');
	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
	await page.getByRole('button', { name: 'Reset to example' }).click();
	await expect(seedField(page)).toHaveValue('7');
	await expect(page).not.toHaveURL(link); // the address now shows the example
	await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
	await show(page, 'Settings');
	await expect(seedField(page)).toHaveValue('77');
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('33');
});

test('a share link reopens the panel that was open', async ({ page, browser }) => {
	await open(page, '/sim');
	await page.getByRole('slider', { name: 'Time' }).fill('50');
	await page.getByRole('tab', { name: 'Read models' }).click();
	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await open(other, link);
	await expect(other.getByRole('tab', { name: 'Read models' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(other.getByRole('slider', { name: 'Time' })).toHaveValue('50');
	await fresh.close();
});
