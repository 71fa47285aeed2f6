// The sandbox settings as a learner uses them on /sim: every change applies at once, a bad value
// stays as typed with the engine's error beside it, a domain switch opens that domain's example,
// edits survive a reload, and the scenario JSON can be edited, exported and imported.
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

test.beforeEach(async ({ page }) => {
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await show(page, 'Settings');
});

/** The Counts panel at the last tick: a fingerprint of the whole run. */
async function countsAtEnd(page: Page) {
	await show(page, 'Inspect');
	// On a busy machine a run can take more than one slice; until it is done the previous run is shown.
	await expect(page.getByRole('progressbar', { name: 'Simulation progress' })).toHaveCount(0);
	const time = page.getByRole('slider', { name: 'Time' });
	const last = (await time.getAttribute('max')) ?? '0';
	await time.fill(last);
	await page.getByRole('tab', { name: 'Counts' }).click();
	// The panel loads on demand: read it once it has drawn the last tick, not before.
	const panel = page.getByRole('tabpanel');
	await expect(panel).toHaveAttribute('aria-busy', 'false');
	await expect(panel).toContainText(`At tick ${last}`);
	await expect(panel).toContainText('Trace hash');
	const counts = (await panel.textContent()) ?? '';
	await show(page, 'Settings');
	return counts;
}

test('a new seed gives a different run; the same seed gives the same run again', async ({
	page
}) => {
	const seed = page.getByRole('spinbutton', { name: 'Seed', exact: true });
	await expect(seed).toHaveValue('7');
	const before = await countsAtEnd(page);

	await seed.fill('8');
	expect(await countsAtEnd(page)).not.toBe(before);

	await seed.fill('7');
	expect(await countsAtEnd(page)).toBe(before);

	await page.getByRole('button', { name: 'New seed' }).click();
	await expect(seed).not.toHaveValue('7');
});

test('ticks set the length of the time slider', async ({ page }) => {
	await page.getByRole('spinbutton', { name: 'Ticks' }).fill('150');
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute('max', '150');
});

test('switching the domain opens that domain’s example', async ({ page }) => {
	await page.getByRole('combobox', { name: 'Domain' }).selectOption('cart');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('A cart is a log');
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('0');
	await page.getByRole('slider', { name: 'Time' }).fill('30');
	await show(page, 'Inspect');
	await expect(page.getByRole('table', { name: 'Event store' })).toContainText('ItemRemoved');
	await show(page, 'Settings');

	await page
		.getByRole('combobox', { name: 'Examples' })
		.selectOption({ label: 'Inventory: which products are low?' });
	await expect(page.getByRole('combobox', { name: 'Domain' })).toHaveValue('inventory');
	await page.getByRole('button', { name: 'Command side' }).click();
	await expect(page.getByRole('spinbutton', { name: 'Low-stock threshold' })).toHaveValue('10');
});

test('an invalid value stays as typed, with the error beside it, and is not applied', async ({
	page
}) => {
	await page.getByRole('button', { name: 'Command side' }).click();
	const handlers = page.getByRole('spinbutton', { name: 'Command handlers' });
	await handlers.fill('0');
	await expect(handlers).toHaveValue('0');
	await expect(handlers).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('options.handlers: must be an integer in 1..16')).toBeVisible();
	await expect(page.getByText('Not applied: the run still uses the previous value.')).toBeVisible();
	// The run still uses 1 handler: the JSON editor shows what is applied.
	await page.getByRole('button', { name: 'Scenario JSON' }).click();
	await expect(page.getByRole('textbox', { name: 'Scenario JSON' })).toHaveValue(/"handlers": 1,/);

	// Looking at the panels and back loses nothing.
	await show(page, 'Inspect');
	await show(page, 'Settings');
	await expect(handlers).toHaveValue('0');
	await expect(page.getByText('options.handlers: must be an integer in 1..16')).toBeVisible();

	await handlers.fill('3');
	await expect(handlers).toHaveAttribute('aria-invalid', 'false');
	await expect(page.getByText('options.handlers:')).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Scenario JSON' })).toHaveValue(/"handlers": 3,/);
});

test('a delay minimum above the maximum waits, and applies once the maximum allows it', async ({
	page
}) => {
	await page.getByRole('button', { name: 'Broker and network' }).click();
	const min = page.getByRole('slider', { name: 'Delay, min (ticks)' });
	const max = page.getByRole('slider', { name: 'Delay, max (ticks)' });
	await min.fill('9');
	await expect(
		page.getByText(/network\.delayMin: must be at most network\.delayMax \(6\)/)
	).toBeVisible();
	await max.fill('12');
	await expect(page.getByText(/network\.delayMin:/)).toHaveCount(0);
	await expect(min).toHaveValue('9');
});

test('sandbox edits survive a reload and a fresh visit; Reset to example undoes them', async ({
	page
}) => {
	const seed = page.getByRole('spinbutton', { name: 'Seed', exact: true });
	await seed.fill('4242');
	await expect(page).toHaveURL(/#s2\./); // the address follows the edits
	const withSeed = await page.evaluate(() => location.hash);
	await page.getByRole('button', { name: 'Read side' }).click();
	await page.getByRole('button', { name: 'Add consumer' }).click();
	await expect(page.getByRole('group', { name: 'Consumer view' })).toBeVisible();
	await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(withSeed);

	await page.reload();
	await show(page, 'Settings');
	await expect(seed).toHaveValue('4242');

	await page.goto('/sim'); // no link: the saved sandbox
	await show(page, 'Settings');
	await expect(seed).toHaveValue('4242');
	await page.getByRole('button', { name: 'Read side' }).click();
	await expect(page.getByRole('group', { name: 'Consumer view' })).toBeVisible();

	await page.getByRole('button', { name: 'Reset to example' }).click();
	await expect(seed).toHaveValue('7');
	await page.goto('/sim');
	await show(page, 'Settings');
	await expect(seed).toHaveValue('7');
});

test('a corrupt saved sandbox is ignored with a notice', async ({ page }) => {
	await page.evaluate(() => localStorage.setItem('eventscope.sandbox.v1', '{"format":'));
	await page.goto('/sim');
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
	await show(page, 'Settings');
	await expect(page.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue('7');
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByText('could not be read')).toHaveCount(0);
});

test('the scenario JSON editor validates as you type and applies a valid scenario', async ({
	page
}) => {
	await page.getByRole('button', { name: 'Scenario JSON' }).click();
	const editor = page.getByRole('textbox', { name: 'Scenario JSON' });
	const apply = page.getByRole('button', { name: 'Apply' });
	await expect(apply).toBeDisabled();

	const text = await editor.inputValue();
	await editor.fill(text.replace('"seed": 7', '"seed": 99').replace('"delivery"', '"delivry"'));
	await expect(
		page.getByText(/options\.delivry: unknown key "delivry" \(did you mean "delivery"\?\)/)
	).toBeVisible();
	await expect(apply).toBeDisabled();

	await editor.fill(text.replace('"seed": 7', '"seed": 99'));
	await expect(page.getByText('Valid scenario.')).toBeVisible();
	await apply.click();
	await expect(page.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue('99');
	await expect(page.getByText('This is the scenario on screen.')).toBeVisible();
});

test('importing an invalid file lists its problems and changes nothing', async ({ page }) => {
	await page.getByRole('button', { name: 'Scenario JSON' }).click();
	const content = JSON.stringify({
		format: 'eventscope/1',
		seed: 5,
		ticks: -4,
		network: { drop: 2 }
	});
	await page.getByLabel('Import').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(content)
	});
	await expect(page.getByText('broken.json is not a valid scenario')).toBeVisible();
	await expect(page.getByText('ticks: must be an integer in 1..200000')).toBeVisible();
	await expect(page.getByText('network.drop: must be a probability in [0, 1]')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Scenario JSON' })).toHaveValue(content);
	await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
	await expect(page.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue('7');

	// A valid file is applied, and Export gives it back.
	const valid = JSON.stringify({ format: 'eventscope/1', domain: 'cart', seed: 5 });
	await page.getByLabel('Import').setInputFiles({
		name: 'cart.json',
		mimeType: 'application/json',
		buffer: Buffer.from(valid)
	});
	await expect(page.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue('5');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export' }).click();
	expect((await download).suggestedFilename()).toBe('eventscope-cart-seed5.json');
});

test('the settings read in Korean', async ({ page }) => {
	await page.getByRole('button', { name: '한국어' }).click();
	await expect(page.getByRole('button', { name: '설정', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByRole('region', { name: '설정' })).toBeVisible();
	await expect(page.getByRole('spinbutton', { name: '시드' })).toHaveValue('7');
	await expect(page.getByRole('button', { name: '새 시드' })).toBeVisible();
	// The engine's validation messages are shown in Korean too, with the same numbers.
	await page.getByRole('button', { name: '커맨드 쪽' }).click();
	await page.getByRole('spinbutton', { name: '커맨드 핸들러 수' }).fill('0');
	await expect(page.getByText('options.handlers: 1..16 범위의 정수여야 합니다')).toBeVisible();
});
