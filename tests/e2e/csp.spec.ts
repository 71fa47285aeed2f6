// Every built page carries a Content-Security-Policy (kit.csp in svelte.config.js) that allows no
// inline script without a hash and no eval, and the app runs under it: visiting each route, and
// using the pages that run workers and downloads, raises no CSP violation.
import { expect, test } from './fixtures';
import { lessons } from '../../src/lib/lessons';

const routes = [
	'/',
	'/sim',
	'/lessons',
	`/lessons/${lessons[0].slug}`,
	'/lab',
	'/lab/snapshots',
	'/lab/consistency',
	'/lab/compare',
	'/model'
];

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
});

for (const route of routes) {
	test(`${route} runs under its Content-Security-Policy`, async ({ page }) => {
		await page.goto(route);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const scripts = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain('unsafe-inline');
		expect(scripts).not.toContain('unsafe-eval');
		expect(csp).toContain("object-src 'none'");
		// The page's script has run (the header's theme switch works), and nothing was blocked.
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.waitForLoadState('networkidle');
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
		).toEqual([]);
	});
}
