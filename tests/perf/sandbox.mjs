// What the browser measurements share: the system's Chromium (as the e2e tests launch it), the
// sandbox opened at 1280x720 on a given scenario, the moment a long run appears, the side column
// switched, and quantiles.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../find-chromium.mjs';

export const launch = () =>
	chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });

/**
 * A fresh 1280x720 context whose /sim opens with `scenarioJson` as the saved sandbox (other
 * pages keep their own storage).
 */
export async function sandboxContext(browser, scenarioJson) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	await context.addInitScript((json) => {
		if (location.pathname.endsWith('/sim')) localStorage.setItem('eventscope.sandbox.v1', json);
	}, scenarioJson);
	return context;
}

/**
 * Resolves with the page's own clock (ms since its navigation started) at the first animation
 * frame where it is hydrated and its picture no longer busy: the whole run simulated and shown.
 * Polled in the page, so the figure does not include the test's round trips.
 */
export function untilAppears(page) {
	return page.evaluate(
		() =>
			new Promise((done) => {
				const poll = () => {
					const busy = document.querySelector('.picture[aria-busy="true"]');
					if (document.querySelector('[data-hydrated]') && !busy) done(performance.now());
					else requestAnimationFrame(poll);
				};
				poll();
			})
	);
}

/** /sim of the build served at `base`, with `scenarioJson` as the saved sandbox, once interactive. */
export async function openSandbox(browser, base, scenarioJson) {
	const context = await sandboxContext(browser, scenarioJson);
	const page = await context.newPage();
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	await page.goto(`${base}/sim`);
	await page.locator('[data-hydrated]').waitFor();
	// A long run is simulated in slices after the first paint; until it is done, seeks move over
	// the page's first run (a few ticks), and would measure that instead.
	await page.waitForFunction(() => !document.querySelector('.picture[aria-busy="true"]'), null, {
		timeout: 120_000
	});
	return { page, context };
}

/** Shows "Settings" or a panel tab ("Event store", "Counts", ...) in the side column. */
export async function showColumn(page, column) {
	if (column === 'Settings') {
		await page.getByRole('button', { name: 'Settings', exact: true }).click();
		return;
	}
	await page.getByRole('button', { name: 'Inspect', exact: true }).click();
	await page.getByRole('tab', { name: column }).click();
}

export const quantile = (xs, q) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
