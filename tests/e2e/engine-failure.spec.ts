// A valid scenario the engine still fails on (a bug in EventScope) must not brick /sim: the page
// says what failed, keeps the run it had, offers the scenario for download, and never saves it;
// a saved sandbox that fails is set aside so the next visit opens the example.
//
// No scenario makes the engine throw on purpose, so these specs inject one: before any page
// script runs, Object.keys throws on a world with 13 handlers (the engine walks the world's keys
// to freeze its tick-0 checkpoint: simulation/checkpoint.ts), so `options.handlers: 13` stands
// for "a scenario the engine fails on".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const poison = 13;

test.beforeEach(async ({ page }) => {
	await page.addInitScript((handlers) => {
		const keys = Object.keys;
		Object.keys = function (value: object) {
			const world = value as { storeHead?: unknown; handlers?: unknown[] } | null;
			if (world && typeof world === 'object' && 'storeHead' in world)
				if (Array.isArray(world.handlers) && world.handlers.length === handlers)
					throw new TypeError('injected engine failure');
			return keys(value);
		} as typeof Object.keys;
	}, poison);
});

async function open(page: Page) {
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
}

const seedField = (page: Page) => page.getByRole('spinbutton', { name: 'Seed', exact: true });

test('a scenario applied from the JSON editor that the engine fails on shows an alert and is not saved', async ({
	page
}) => {
	await open(page);
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
	await page.getByRole('button', { name: 'Scenario JSON' }).click();
	const editor = page.getByRole('textbox', { name: 'Scenario JSON' });
	const text = await editor.inputValue();
	const scenario = JSON.parse(text);
	scenario.seed = 99;
	scenario.options.handlers = poison;
	await editor.fill(JSON.stringify(scenario, null, '\t'));
	await expect(page.getByText('Valid scenario.')).toBeVisible();
	await page.getByRole('button', { name: 'Apply' }).click();

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This scenario could not be run');
	await alert.getByText('Details').click();
	await expect(alert).toContainText('injected engine failure');
	// The run before it is still on screen and still works.
	await expect(seedField(page)).toHaveValue('7');
	await expect(page.getByRole('slider', { name: 'Time' })).toBeEnabled();

	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download the scenario' }).click();
	expect((await download).suggestedFilename()).toBe('eventscope-failed-counter-seed99.json');

	await alert.getByRole('button', { name: 'Back to the run on screen' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('eventscope.sandbox.v1') ?? ''))
		.not.toContain('"seed":99');
	await open(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a saved sandbox the engine fails on is set aside, kept for export, and /sim opens the example', async ({
	page
}) => {
	await open(page);
	const saved = await page.evaluate((handlers) => {
		const text = JSON.stringify({
			format: 'eventscope/1',
			title: 'My saved sandbox',
			seed: 3,
			options: { handlers }
		});
		localStorage.setItem('eventscope.sandbox.v1', text);
		return text;
	}, poison);
	await open(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This scenario could not be run');
	await expect(alert).toContainText('set aside');
	expect(
		await page.evaluate(() => [
			localStorage.getItem('eventscope.sandbox.v1'),
			localStorage.getItem('eventscope.sandbox.set-aside.v1')
		])
	).toEqual([null, saved]);
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download the scenario' }).click();
	expect((await download).suggestedFilename()).toBe('eventscope-failed-counter-seed3.json');

	await open(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('My saved sandbox');
});
