// The `test` every end-to-end spec imports: Playwright's own, plus a check that fails the test
// when the page logs a console error or throws an uncaught exception.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ failOnConsoleErrors: void }>({
	failOnConsoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			await use();
			expect(errors, 'the page logged errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
