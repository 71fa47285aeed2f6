// Same scenario + seed = same run, bit for bit, in Node and in the browser: the trace hash the
// sandbox shows for the counter example equals the one the engine computes here, in Node.
import { examples, parseScenario, report, simulate } from '../../src/lib/engine';
import { expect, test } from './fixtures';

test('the browser computes the same trace hash as Node for the same scenario and seed', async ({
	page
}) => {
	const parsed = parseScenario(examples.counter);
	if (!parsed.ok) throw new Error('the counter example is invalid');
	const inNode = report(simulate(parsed.scenario)).traceHash;

	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await page.getByRole('tab', { name: 'Counts' }).click();
	await expect(page.getByRole('tabpanel').getByText(inNode)).toBeVisible();
});
