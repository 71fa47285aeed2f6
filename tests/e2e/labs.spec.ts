import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every chart is an image with a name, and the same numbers are in a table of the same name. */
async function expectChartsWithTables(page: Page, captions: string[]) {
	for (const caption of captions) {
		await expect(page.getByRole('img', { name: caption })).toBeVisible();
		const table = page.getByRole('table', { name: caption });
		await expect(table).toBeVisible();
		await expect(table.getByRole('row').nth(1)).toBeVisible();
	}
}

test('the snapshot lab measures in a worker, charts every figure beside its table, and checks the law', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/lab/snapshots');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Snapshots/);
	await expect(page.getByText(/real measurements, made in this browser/)).toBeVisible();
	await expect(
		page.getByText(/Snapshots are an optimization: the events stay the truth/)
	).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: /Measured 20 combinations/ })
	).toBeVisible({ timeout: 60_000 });
	await expectChartsWithTables(page, [
		'Events replayed per load',
		'Measured time per load in this browser',
		'Storage: the events, and the snapshots on top of them'
	]);
	await expect(page.getByRole('table', { name: 'Every measurement' }).getByRole('row')).toHaveCount(
		21
	);

	const law = page.getByRole('region', { name: /state\(n\) = state\(m\) \+ events\(m\.\.n\)/ });
	await expect(law.getByRole('listitem')).toHaveCount(4);
	await expect(law.getByText('holds')).toHaveCount(4);
	await law.getByRole('checkbox', { name: /evolve changed/ }).check();
	await expect(law.getByText('broken')).toHaveCount(4);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	expect((await download).suggestedFilename()).toBe('eventscope-snapshot-lab.csv');
});

test('compare, a log vs a queue: the same unchecked set(15) converges read from a log and diverges from a queue', async ({
	page
}) => {
	await page.goto('/lab/compare');
	await page.getByRole('combobox', { name: 'Preset' }).selectOption('brokers');
	const log = page.getByRole('article', { name: 'log: set(15), no check' });
	const queue = page.getByRole('article', { name: 'queue: set(15), no check' });
	await expect(log.getByText('converged', { exact: true })).toBeVisible();
	await expect(queue.getByText('diverged', { exact: true })).toBeVisible();
	await expect(queue.getByText(/Older value applied after newer/)).toBeVisible();
	await expect(log.getByText(/· log ·/)).toBeVisible();
});

test('compare: add(5) without a check diverges, set(15) with a newer-version check converges', async ({
	page
}) => {
	await page.goto('/lab/compare');
	await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('add-vs-set');
	const addNone = page.getByRole('article', { name: 'add(5), no check' });
	const setGate = page.getByRole('article', { name: 'set(15) + newer-version check' });
	await expect(addNone.getByText('diverged', { exact: true })).toBeVisible();
	await expect(addNone.getByText(/Applied event \d+ twice/)).toBeVisible();
	await expect(setGate.getByText('converged', { exact: true })).toBeVisible();
	await expect(
		page
			.getByRole('article', { name: 'set(15), no check' })
			.getByText(/Older value applied after newer/)
	).toBeVisible();
	await expect(
		page.getByRole('table', { name: 'add(5), no check: read model against the truth' })
	).toBeVisible();

	// One cursor for every variant; the address follows it.
	const time = page.getByRole('slider', { name: 'Time' });
	await expect(time).toHaveValue('150');
	await page.getByRole('button', { name: 'Step back' }).click();
	await expect(time).toHaveValue('149');
	await expect(page.getByText('Tick 149 of 150')).toBeVisible();
	await time.fill('0');
	await expect(page.getByText('At tick 0: 0 of 4 variants diverged.')).toBeVisible();
	await expect(page).toHaveURL(/#s2\./);

	// The link reopens the same preset and tick.
	await page.getByRole('combobox', { name: 'Preset' }).selectOption('publish');
	await expect(
		page
			.getByRole('article', { name: 'dual write' })
			.getByText(/never published/)
			.first()
	).toBeVisible();
	await page.getByRole('button', { name: 'Step back' }).click();
	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('publish');
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('149');
});

test('an old /compare link lands on /lab/compare with its query and fragment, showing the same comparison', async ({
	page
}) => {
	// A link made today, at tick 120 of the publish preset…
	await page.goto('/lab/compare');
	await page.getByRole('combobox', { name: 'Preset' }).selectOption('publish');
	await page.getByRole('slider', { name: 'Time' }).fill('120');
	await expect(page).toHaveURL(/#s2\./);
	const fragment = new URL(page.url()).hash;

	// …opened at the address links had before the labs moved.
	await page.goto('about:blank');
	await page.goto(`/compare?from=old${fragment}`);
	await expect(page).toHaveURL(
		(url) =>
			url.pathname.endsWith('/lab/compare') && url.search === '?from=old' && url.hash === fragment
	);
	await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('publish');
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('120');
	await expect(page.getByRole('article', { name: 'dual write' })).toBeVisible();

	// The Korean address too, staying Korean.
	await page.goto(`/ko/compare${fragment}`);
	await expect(page).toHaveURL(
		(url) => url.pathname.endsWith('/ko/lab/compare') && url.hash === fragment
	);
	await expect(page.getByRole('slider', { name: '시간' })).toHaveValue('120');
});

test('the consistency lab sweeps with the engine and charts every figure beside its table', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/lab/consistency');
	await expect(page.getByRole('status').filter({ hasText: /Swept \d+ points/ })).toBeVisible({
		timeout: 60_000
	});
	await expectChartsWithTables(page, [
		'Lag from append to read-model apply, over the run',
		'Stale reads against network delay',
		'What read-your-writes costs: ticks a query waits',
		'Which products are low? Full scan against a read model'
	]);
});
