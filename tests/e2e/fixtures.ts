// The `test` every end-to-end spec imports: Playwright's own, plus a check that fails the test
// when the page logs a console error or throws an uncaught exception.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; failOnConsoleErrors: void }>({
	/** Errors a spec expects (the browser logs a page served with 404, say): not failures. */
	expectedConsoleErrors: [[], { option: true }],
	failOnConsoleErrors: [
		async ({ page, expectedConsoleErrors }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				const text = message.text();
				if (message.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(text)))
					errors.push(`console.error: ${text}`);
			});
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			await use();
			expect(errors, 'the page logged errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
