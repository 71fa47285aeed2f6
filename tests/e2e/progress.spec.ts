// Lessons done: a lesson played to its last step is marked on the lessons index and the home
// page (kept in this browser), a deep link to the last step does not count, and the marks can be
// forgotten.
import { expect, test } from './fixtures';
import { lessons, resolveLesson, stopsOf } from '../../src/lib/lessons/index';

const slug = 'state-vs-events';
const title = 'State or events?';

async function playToTheEnd(page: import('@playwright/test').Page) {
	await page.goto(`/lessons/${slug}`);
	const next = page.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	for (let i = 0; i < 30 && (await next.isEnabled()); i++) await next.click();
	await expect(page.getByText('End of the lesson.')).toBeVisible();
}

const lessonItem = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });

test('a lesson played to its end is marked done, on the index and at home, until forgotten', async ({
	page
}) => {
	// A whole lesson played, then four pages: longer than one interaction.
	test.slow();
	await page.goto('/lessons');
	await expect(lessonItem(page, title)).toBeVisible();
	await expect(lessonItem(page, title)).not.toContainText('Done');

	await playToTheEnd(page);
	await page.goto('/lessons');
	await expect(lessonItem(page, title)).toContainText('Done');
	await expect(lessonItem(page, 'Replay: state is a fold of events')).not.toContainText('Done');
	await expect(page.getByRole('status').filter({ hasText: '1 of' })).toContainText(
		/1 of \d+ lessons done/
	);

	// Kept in this browser: a reload, and the home page, still know.
	await page.reload();
	await expect(lessonItem(page, title)).toContainText('Done');
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^Continue with lesson 2/ })).toBeVisible();
	await expect(lessonItem(page, title)).toContainText('Done');

	await page.goto('/lessons');
	await page.getByRole('button', { name: 'Forget lessons done' }).click();
	await expect(lessonItem(page, title)).not.toContainText('Done');
	await expect(page.getByRole('button', { name: 'Forget lessons done' })).toBeHidden();
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^Start with lesson 1/ })).toBeVisible();
});

test('opening the last step by its link does not count as played', async ({ page }) => {
	const total = stopsOf(resolveLesson(lessons.find((l) => l.slug === slug)!)).length;
	await page.goto(`/lessons/${slug}#step-${total}`);
	await expect(page.getByText(/^\d+ \/ \d+$/)).toHaveText(`${total} / ${total}`);
	await page.goto('/lessons');
	await expect(lessonItem(page, title)).toBeVisible();
	await expect(lessonItem(page, title)).not.toContainText('Done');
});

test('in Korean, a lesson done is marked 완료', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('eventscope.lang', 'ko'));
	await page.addInitScript(() => {
		if (!localStorage.getItem('eventscope.lessons.done.v1'))
			localStorage.setItem('eventscope.lessons.done.v1', '["state-vs-events"]');
	});
	await page.goto('/ko/lessons');
	await expect(lessonItem(page, '상태를 저장할까, 이벤트를 저장할까?')).toContainText('완료');
	await expect(page.getByRole('button', { name: '완료 기록 지우기' })).toBeVisible();
});
