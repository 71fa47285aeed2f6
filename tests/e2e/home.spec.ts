import { expect, test } from './fixtures';

test('the home page greets the user with the EventScope heading', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/EventScope/);
	await expect(page.getByRole('heading', { level: 1, name: 'EventScope' })).toBeVisible();
});
