// The sandbox's space-time tab: the same workload under a log broker and under a queue. On a
// log's ordered link no copy overtakes another, so no two lines of a lane cross; under a queue,
// for this seed, they do. The lines' send and end ticks are read from the DOM (data attributes).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Two page loads and a panel drawn per consumer: on a busy two-core machine that is over 30 s.
test.slow();

const scenario = (broker: 'log' | 'queue') => ({
	format: 'eventscope/2',
	title: `Space-time under a ${broker}`,
	seed: 7,
	ticks: 120,
	domain: 'counter',
	options: { broker, partitions: 3 },
	network: { delayMin: 1, delayMax: 6 },
	consumers: [
		{ id: 'naive', readModel: 'counter-values', instances: 2 },
		{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
	],
	commands: [
		{ at: 1, every: 2, repeat: 40, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
		{ at: 2, every: 3, repeat: 30, stream: 'counter-{i}', type: 'Add', data: { amount: 1 } }
	]
});

async function openSpaceTime(page: Page, broker: 'log' | 'queue') {
	await page.goto('/sim');
	await page.evaluate(
		(json) => localStorage.setItem('eventscope.sandbox.v1', json),
		JSON.stringify(scenario(broker))
	);
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	const time = page.getByRole('slider', { name: 'Time' });
	await time.fill('60');
	await expect(time).toHaveValue('60');
	await page.getByRole('tab', { name: 'Space-time' }).click();
	await expect(page.getByRole('img', { name: /^Space-time: naive/ })).toHaveAttribute(
		'data-broker',
		broker
	);
}

/** Picks the consumer whose lanes are shown; returns its picture. */
async function pick(page: Page, consumer: string) {
	await page.getByRole('combobox', { name: 'Consumer' }).selectOption(consumer);
	await expect(page.getByRole('tabpanel')).not.toHaveAttribute('aria-busy', 'true');
	const picture = page.getByRole('img', { name: new RegExp(`^Space-time: ${consumer}`) });
	await expect(picture).toBeVisible();
	return picture;
}

/** The lines drawn, and how many pairs of them cross within a lane. */
async function crossingsIn(page: Page) {
	const lines = await page
		.locator('g.copy')
		.evaluateAll((gs) =>
			gs.map((g) => ({ lane: g.dataset.lane, t0: Number(g.dataset.t0), t1: Number(g.dataset.t1) }))
		);
	let crossing = 0;
	for (const a of lines)
		for (const b of lines) if (a.lane === b.lane && a.t0 < b.t0 && a.t1 > b.t1) crossing++;
	return { lines: lines.length, crossing };
}

test('under a log with no faults, no two lines in a lane cross', async ({ page }) => {
	await openSpaceTime(page, 'log');
	for (const consumer of ['naive', 'deduped']) {
		const picture = await pick(page, consumer);
		await expect(picture).toHaveAttribute('data-lanes', '3');
		await expect(picture).toHaveAccessibleName(/copies in 3 lanes; 0 overtaken, 0 out of order/);
		const { lines, crossing } = await crossingsIn(page);
		expect(lines, consumer).toBeGreaterThan(20);
		expect(crossing, consumer).toBe(0);
		await expect(picture.locator('[data-overtaken]')).toHaveCount(0);
	}
	// Commits and offsets are drawn on a log's lanes, and the owners are named.
	await expect(page.locator('line.commit').first()).toBeAttached();
	await expect(page.locator('text.offset').first()).toBeAttached();
	await expect(page.getByRole('list', { name: 'Legend of the space-time picture' })).toContainText(
		'offset committed'
	);
});

test('under a queue, seed 7 draws crossing lines, and the table lists the copies', async ({
	page
}) => {
	await openSpaceTime(page, 'queue');
	const picture = await pick(page, 'naive');
	await expect(picture).toHaveAttribute('data-lanes', '2');
	const { lines, crossing } = await crossingsIn(page);
	expect(lines).toBeGreaterThan(20);
	expect(crossing).toBeGreaterThan(0);
	await expect(picture.locator('[data-overtaken]').first()).toBeAttached();
	await expect(picture.locator('[data-out-of-order]').first()).toBeAttached();

	await page.getByText('The copies as a table').click();
	const table = page.getByRole('tabpanel').getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(lines + 1);
	await expect(table).toContainText('out of order');

	// The window follows the cursor: at tick 100 it ends at the run's end.
	await page.getByRole('slider', { name: 'Time' }).fill('100');
	await expect(picture).toHaveAccessibleName(/^Space-time: naive 60–120:/);
});

test('the tab and its picture speak Korean', async ({ page }) => {
	await openSpaceTime(page, 'log');
	await page.getByRole('button', { name: '한국어' }).click();
	await expect(page.getByRole('tab', { name: '시공간 도표' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('img', { name: /시공간 도표: naive/ })).toHaveAccessibleName(
		/레인 3개에 사본 \d+개/
	);
	await expect(page.getByRole('combobox', { name: '컨슈머' })).toHaveValue('naive');
});
