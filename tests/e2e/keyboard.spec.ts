// The simulator from the keyboard alone: a skip link past the header to the picture, menus whose
// buttons the arrow keys walk, focus that comes back to the copy or node a menu acted on, and `?`
// for the list of shortcuts on every page that has them.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });
const focused = (page: Page) => page.locator(':focus');

test.beforeEach(async ({ page }) => {
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
});

test('the first Tab offers a skip link to the picture, whose copies and nodes come next', async ({
	page
}) => {
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the picture' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(focused(page)).toHaveAttribute('id', 'picture');
	// The next stops are the picture's own: its explained counts, its nodes and its copies.
	await page.keyboard.press('Tab');
	await expect(page.locator('#picture :focus')).toHaveAttribute('role', 'button');
});

test("arrows walk a copy's menu; after Duplicate, focus is back on that copy", async ({ page }) => {
	await time(page).fill('40');
	const copy = page.getByRole('button', { name: /^Message m\d+: event #/ }).first();
	const id = (await copy.getAttribute('data-message'))!;
	await copy.focus();
	await page.keyboard.press('Enter');
	const menu = page.getByRole('dialog', { name: `Message ${id}` });
	await expect(menu.getByRole('button', { name: 'Drop' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(menu.getByRole('button', { name: 'Duplicate' })).toBeFocused();
	await page.keyboard.press('End');
	await expect(menu.getByRole('button', { name: 'Close' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(menu.getByRole('button', { name: 'Drop' })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(menu.getByRole('button', { name: 'Duplicate' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(menu).toBeHidden();
	await expect(focused(page)).toHaveAttribute('data-message', id);
	// Escape gives focus back too.
	await page.keyboard.press('Enter');
	await expect(menu).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(focused(page)).toHaveAttribute('data-message', id);
});

test("after a node's menu acts, focus is back on the node", async ({ page }) => {
	await time(page).fill('30');
	await page.getByRole('button', { name: 'Consumer naive, up' }).focus();
	await page.keyboard.press('Enter');
	const menu = page.getByRole('dialog', { name: 'naive' });
	await expect(menu.getByRole('button', { name: /^Crash/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(menu).toBeHidden();
	await expect(focused(page)).toHaveAccessibleName(/^Consumer naive, /);
});

test('? lists the shortcuts on the sandbox and on a lesson page', async ({ page }) => {
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog.getByText('Play or pause')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await page.goto('/lessons/duplicates');
	await expect(page.locator('[data-hydrated]').or(page.getByRole('main'))).toBeVisible();
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('?');
	await expect(dialog.getByText('Next step')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	await expect(dialog.getByText('Previous step')).toBeVisible();
});

test('the skip link on a page without the picture goes to its content', async ({ page }) => {
	await page.goto('/model');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(focused(page)).toHaveJSProperty('tagName', 'MAIN');
});
