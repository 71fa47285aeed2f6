import { expect, test } from './fixtures';

test('the home page says what EventScope is and leads into the sandbox', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/EventScope/);
	await expect(page.getByRole('heading', { level: 1, name: 'EventScope' })).toBeVisible();
	await expect(page.getByText(/deterministic simulator of event sourcing and CQRS/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
	await page.getByRole('link', { name: /Open the sandbox/ }).click();
	await expect(page).toHaveURL(/\/sim/);
	await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
});

test('the home page speaks Korean when asked, and remembers it', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('group', { name: 'Language' })
		.getByRole('button', { name: '한국어' })
		.click();
	await expect(page.getByRole('link', { name: /샌드박스 열기/ })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: /샌드박스 열기/ })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
