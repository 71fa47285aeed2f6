// End-to-end tests: the built, prerendered site served by `vite preview`, driven in the system's
// Chromium (Playwright cannot download its own browsers here; see tests/find-chromium.mjs).
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/find-chromium.mjs';

// E2E_PORT lets two runs (say, CI in a clean clone beside a developer's) share a machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Not test-results/ itself: Playwright empties its outputDir on start, and vitest's report
	// lives in test-results/ too.
	outputDir: 'test-results/playwright-artifacts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: 2,
	retries: 0,
	// Budgets for a shared machine, not waits: every test waits for states, so a passing test takes
	// no longer for these. Playwright's defaults (30 s a test, 5 s an expectation) were exceeded by
	// two tests of a --workers=1 run at load average 20 on 2 cores (share round trip, slider drag),
	// and by a few more in earlier loaded runs; a hang still fails, only later.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromiumPath(),
					args: chromiumArgs
				}
			}
		}
	],
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		// Always test the build just made, never a stale server left on the port.
		reuseExistingServer: false,
		timeout: 120_000
	}
});
