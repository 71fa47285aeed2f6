// The traditional baseline (storage "state"): its lesson played to the end in both languages,
// and the sandbox's "State & audit log" panel showing the rows and the audit log's lost write.
import { expect, test } from './fixtures';

test('the state-and-audit-log lesson plays to its end, and its sandbox shows the lost log entry', async ({
	page
}) => {
	test.slow();
	await page.goto('/lessons/state-and-audit-log');
	const next = page.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	await next.click();
	await next.click();
	await expect(page.getByText(/What will the audit log keep about c3\?/)).toBeVisible();
	await page.getByRole('button', { name: 'Nothing at all' }).click();
	await expect(page.getByText('Right!')).toBeVisible();
	for (let i = 0; i < 10 && (await next.isEnabled()); i++) await next.click();
	await expect(page.getByText('End of the lesson.')).toBeVisible();

	await page.getByRole('link', { name: /Open in sandbox/ }).click();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	const tab = page.getByRole('tab', { name: 'State & audit log' });
	await tab.click();
	await expect(tab).toHaveAttribute('aria-selected', 'true');
	await page.getByRole('button', { name: 'Play' }).click();
	const audit = page.getByRole('table', { name: /Audit log/ });
	await expect(audit.getByRole('cell', { name: /lost: the process crashed/ })).toBeVisible({
		timeout: 15_000
	});
	const rows = page.getByRole('table', { name: /Rows of current state/ });
	await expect(rows.getByRole('rowheader', { name: 'cart-alice' })).toBeVisible();
});

test.describe('in Korean', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('eventscope.lang', 'ko'));
	});

	test('the lesson plays to its end with 다음', async ({ page }) => {
		test.slow();
		await page.goto('/ko/lessons/state-and-audit-log');
		const next = page.getByRole('button', { name: '다음' });
		await expect(next).toBeEnabled();
		await next.click();
		await next.click();
		await page.getByRole('button', { name: '아무것도 남지 않는다' }).click();
		await expect(page.getByText('정답입니다!')).toBeVisible();
		for (let i = 0; i < 10 && (await next.isEnabled()); i++) await next.click();
		await expect(page.getByText('레슨 끝.')).toBeVisible();
	});
});

test('the event store shown as a SQL table: a stale append is refused by its primary key', async ({
	page
}) => {
	await page.goto('/lessons/optimistic-concurrency');
	await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
	await page.getByRole('link', { name: /Open in sandbox/ }).click();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await page.getByRole('checkbox', { name: 'As a SQL table' }).check();
	await expect(page.getByLabel('The SQL that defines the event table')).toContainText(
		'PRIMARY KEY (stream_id, version)'
	);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('note')).toContainText('which the table already holds', {
		timeout: 15_000
	});
	await expect(
		page.getByRole('table', { name: /The events table: key \(stream_id, version\)/ })
	).toBeVisible();
});

test("the lessons index maps the notes' points to lessons", async ({ page }) => {
	await page.goto('/lessons');
	// Once on the page (it used to be drawn inside every chapter's list).
	const table = page.getByRole('table', { name: 'The notes, point by point' });
	await expect(table).toHaveCount(1);
	await expect(table.getByRole('cell', { name: /^A log written beside the state/ })).toBeVisible();
	const links = table.getByRole('link', { name: 'Lesson: A row of state and a log beside it' });
	await expect(links).toHaveCount(2); // the separate log, and "every event is stored"
	await links.first().click();
	// The player keeps its step in the address.
	await expect(page).toHaveURL(/\/lessons\/state-and-audit-log(#step-\d+)?$/);
});
