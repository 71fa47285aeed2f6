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
 * frame where it is hydrated, its picture no longer busy and its timeline reaches tick `ticks`:
 * the whole run simulated and shown. (Hydrated and not busy alone is not enough: the page first
 * shows its prerendered run, and starts simulating the saved one a few frames later.) Polled in
 * the page, so the figure does not include the test's round trips.
 */
export function untilAppears(page, ticks) {
	return page.evaluate(
		(ticks) =>
			new Promise((done) => {
				const poll = () => {
					const busy = document.querySelector('.picture[aria-busy="true"]');
					const timeline = document.querySelector('input[type="range"][min="0"]');
					if (
						document.querySelector('[data-hydrated]') &&
						!busy &&
						timeline?.getAttribute('max') === String(ticks)
					)
						done(performance.now());
					else requestAnimationFrame(poll);
				};
				poll();
			}),
		ticks
	);
}

/** /sim of the build served at `base`, with `scenarioJson` as the saved sandbox, once interactive. */
export async function openSandbox(browser, base, scenarioJson) {
	const context = await sandboxContext(browser, scenarioJson);
	const page = await context.newPage();
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	await page.goto(`${base}/sim`);
	// The page first shows its prerendered run, then simulates the saved one in slices; until it
	// is done, seeks would move over the first run and measure that instead.
	await untilAppears(page, JSON.parse(scenarioJson).ticks);
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
