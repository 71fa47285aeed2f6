// The sandbox's panels, as a learner uses them on /sim with the counter example (add(5) over an
// at-least-once, duplicating network, with a naive and a deduplicating consumer).
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
	await page.goto('/sim');
	// The prerendered page shows its controls before they work: a click before then is lost.
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await expect(page.getByRole('tablist', { name: 'Panels' })).toBeVisible();
});

test('play, pause, see the event store fill, filter it by stream and follow one event', async ({
	page
}) => {
	const store = page.getByRole('table', { name: 'Event store' });
	// The count of events is read out after a step or a seek, not on every tick while playing.
	const count = page.getByText(/^Events: \d+/);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(store.getByRole('row')).not.toHaveCount(1, { timeout: 15_000 }); // more than the header
	await expect(count).toHaveAttribute('aria-live', 'off');
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(count).toHaveAttribute('aria-live', 'polite');
	const rows = await store.getByRole('row').count();
	expect(rows).toBeGreaterThan(1);
	await expect(store.getByRole('row')).toHaveCount(rows); // paused: nothing more arrives

	await page.getByRole('combobox', { name: 'Stream' }).selectOption('counter-1');
	await expect(page.getByRole('heading', { name: /Stream view/ })).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Version' })).toBeVisible();
	await expect(page.getByText(/"value": \d+/).first()).toBeVisible();

	await store.getByRole('button', { name: 'Select event 1' }).click();
	await expect(store.getByRole('button', { name: 'Select event 1' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('tab', { name: 'Lineage' }).click();
	await expect(page.getByRole('tab', { name: 'Lineage' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('heading', { name: 'Lineage of event #1' })).toBeVisible();
	const append = page.getByRole('button', { name: /Appended: counter-1 v1, position #1/ });
	await expect(append).toBeVisible();

	// Each step seeks to its tick.
	await append.click();
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('6');
});

test('a read model diverges in the counter example, and the invariants link to the first break', async ({
	page
}) => {
	const time = page.getByRole('slider', { name: 'Time' });
	await time.fill('120');
	await expect(time).toHaveValue('120');

	await page.getByRole('tab', { name: 'Read models' }).click();
	const naive = page.getByRole('region', { name: /naive/ });
	await expect(naive.getByText('diverged')).toBeVisible();
	await expect(naive.getByRole('table')).toContainText('differs');
	await expect(page.getByRole('region', { name: /deduped/ }).getByText('converged')).toBeVisible();

	await page.getByRole('tab', { name: 'Invariants' }).click();
	await expect(page.getByText('Evaluated at tick 120')).toBeVisible();
	const goTo = page.getByRole('button', { name: 'Go to the first break: tick 14, event 1' });
	await expect(goTo.first()).toBeVisible();
	await goTo.first().click();
	await expect(time).toHaveValue('14');
	await expect(page.getByText('Evaluated at tick 14')).toBeVisible();

	// The broken event is selected: its lineage shows it applied by the naive consumer twice.
	await page.getByRole('tab', { name: 'Lineage' }).click();
	await expect(page.getByRole('heading', { name: 'Lineage of event #1' })).toBeVisible();
	await expect(page.getByRole('button', { name: /Applied by naive/ }).nth(1)).toBeVisible();
});

test('the tabs follow the keyboard and every panel renders in Korean', async ({ page }) => {
	await page.getByRole('slider', { name: 'Time' }).fill('40');
	await page.getByRole('tab', { name: 'Event store' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Lineage' })).toBeFocused();
	await expect(page.getByRole('tab', { name: 'Lineage' })).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('End');
	await expect(page.getByRole('tab', { name: 'Counts' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('tabpanel')).toContainText('appended');

	await page.getByRole('button', { name: '한국어' }).click();
	await expect(page.getByRole('tab', { name: '집계' })).toHaveAttribute('aria-selected', 'true');
	for (const tab of ['이벤트 저장소', '계보', 'read 모델', '불변식', '스냅샷과 발행', '집계']) {
		await page.getByRole('tab', { name: tab }).click();
		await expect(page.getByRole('tabpanel')).not.toBeEmpty();
	}
	await page.getByRole('tab', { name: '불변식' }).click();
	await expect(page.getByText('read 모델 = 저장소의 폴드')).toBeVisible();
});

test('a tall panel scrolls inside its tab, never the page under the picture', async ({ page }) => {
	// Copies take 30 to 60 ticks on the wire: at tick 60, dozens are in flight to each consumer,
	// listed in tables far longer than the panel.
	const slow = {
		format: 'eventscope/1',
		title: 'A slow wire',
		seed: 1,
		ticks: 120,
		domain: 'counter',
		options: { delivery: 'at-least-once', ackTimeout: 100 },
		network: { delayMin: 30, delayMax: 60 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 1, every: 1, repeat: 100, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	};
	await page.evaluate(
		(json) => localStorage.setItem('eventscope.sandbox.v1', json),
		JSON.stringify(slow)
	);
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await page.getByRole('slider', { name: 'Time' }).fill('60');
	const pageHeight = () => page.evaluate(() => document.scrollingElement!.scrollHeight);
	const viewport = page.viewportSize()!.height;
	for (const tab of ['Event store', 'Read models', 'Invariants', 'Snapshots & publishing']) {
		await page.getByRole('tab', { name: tab }).click();
		await expect(page.getByRole('tabpanel')).not.toHaveAttribute('aria-busy', 'true');
		expect(await pageHeight(), tab).toBe(viewport);
	}
	const panel = page.getByRole('tabpanel');
	expect(await panel.evaluate((p) => p.scrollHeight > 2 * p.clientHeight)).toBe(true);
});

test('selecting a tab moves no other tab', async ({ page }) => {
	const tabs = page.getByRole('tab');
	const places = () =>
		tabs.evaluateAll((all) =>
			all.map((tab) => {
				const { x, y, width } = tab.getBoundingClientRect();
				return [tab.textContent?.trim(), Math.round(x), Math.round(y), Math.round(width)];
			})
		);
	const before = await places();
	for (const name of ['Snapshots & publishing', 'Counts', 'Lineage']) {
		await page.getByRole('tab', { name }).click();
		expect(await places(), name).toEqual(before);
	}
});
