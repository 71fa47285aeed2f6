// The lessons of the notes' CQRS points: CQS to CQRS (a query appends nothing; two objects; two
// systems), and one read model over two domains' stores, each in its own format. Each is played
// to its end in English and in Korean; the two-domain run's sandbox shows one table per store.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Words {
	next: string;
	right: string;
	end: string;
}

const en: Words = { next: 'Next', right: 'Right!', end: 'End of the lesson.' };
const ko: Words = { next: '다음', right: '정답입니다!', end: '레슨 끝.' };

/** Clicks Next until `answer` is offered, answers it, then plays on to the end. */
async function playToEnd(page: Page, words: Words, answer: string): Promise<void> {
	const next = page.getByRole('button', { name: words.next });
	const choice = page.getByRole('button', { name: answer, exact: true });
	await expect(next).toBeEnabled();
	for (let i = 0; i < 12 && !(await choice.isVisible()); i++) {
		await next.click();
		// The run plays to the next stop: it shows the question, or Next comes back.
		await expect
			.poll(async () => (await choice.isVisible()) || (await next.isEnabled()))
			.toBe(true);
	}
	await choice.click();
	// The run plays on to where the answer shows (a few ticks): a budget for a busy machine.
	await expect(page.getByText(words.right)).toBeVisible({ timeout: 20_000 });
	for (let i = 0; i < 16 && (await next.isEnabled()); i++) await next.click();
	await expect(page.getByText(words.end)).toBeVisible();
}

const lessons = [
	{
		slug: 'cqs-to-cqrs',
		en: 'None',
		ko: '하나도 없다'
	},
	{
		slug: 'joins-across-domains',
		en: 'Ann’s and Bob’s: both carts hold apples',
		ko: '앤과 밥의 줄: 두 장바구니 모두 사과가 있다'
	}
];

for (const lesson of lessons) {
	test(`${lesson.slug} plays to its end`, async ({ page }) => {
		test.slow();
		await page.goto(`/lessons/${lesson.slug}`);
		await playToEnd(page, en, lesson.en);
	});

	test(`${lesson.slug} plays to its end in Korean`, async ({ page }) => {
		test.slow();
		await page.addInitScript(() => localStorage.setItem('eventscope.lang', 'ko'));
		await page.goto(`/ko/lessons/${lesson.slug}`);
		await playToEnd(page, ko, lesson.ko);
	});
}

test('the two-domain run shows one table per store, each in its own format', async ({ page }) => {
	test.slow();
	await page.goto('/lessons/joins-across-domains');
	await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
	await page.getByRole('link', { name: /Open in sandbox/ }).click();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await page.getByRole('checkbox', { name: 'As a SQL table' }).check();
	await expect(page.getByLabel('The SQL that defines inventory_events')).toContainText('schema_v');
	await expect(page.getByLabel('The SQL that defines cart_events')).toContainText(
		'PRIMARY KEY (stream_id, version)'
	);
	await page.getByRole('button', { name: 'Play' }).click();
	const inventory = page.getByRole('table', { name: /The inventory domain’s store/ });
	await expect(inventory.getByRole('cell', { name: 'apple|Apple' })).toBeVisible({
		timeout: 15_000
	});
	const carts = page.getByRole('table', { name: /The cart domain’s store/ });
	await expect(carts.getByRole('cell', { name: '{"sku":"apple","qty":2}' })).toBeVisible({
		timeout: 15_000
	});
});
