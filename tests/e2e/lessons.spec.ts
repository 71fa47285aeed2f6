// The lessons, played as a learner would: every lesson to its end by pressing Next (no console
// errors, the fixture checks), an ask step revealing right and wrong, deep links, and Korean.
import { expect, test } from './fixtures';
import { lessons, resolveLesson, stopsOf } from '../../src/lib/lessons/index';

const slugs = lessons.map((l) => l.slug);

test.describe('every lesson plays to its end', () => {
	for (const slug of slugs) {
		test(slug, async ({ page }) => {
			// Every step of a lesson, each waiting for its reveal: longer than one interaction.
			test.slow();
			await page.goto(`/lessons/${slug}`);
			const next = page.getByRole('button', { name: 'Next' });
			const progress = page.getByText(/^\d+ \/ \d+$/);
			await expect(progress).toHaveText(/^1 \/ /);
			const total = Number((await progress.textContent())!.split('/')[1]);
			await expect(next).toBeEnabled(); // once the page's script runs (until then it is disabled)
			for (let i = 0; i < 3 * total && (await next.isEnabled()); i++) await next.click();
			await expect(progress).toHaveText(`${total} / ${total}`);
			await expect(page.getByText('End of the lesson.')).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`#step-${total}$`));
		});
	}
});

test('an ask step reveals a right guess', async ({ page }) => {
	await page.goto('/lessons/duplicates#step-3');
	await expect(page.getByText(/What will "naive" show/)).toBeVisible();
	await page.getByRole('button', { name: '20', exact: true }).click();
	await expect(page.getByText('Right!')).toBeVisible();
	await expect(page.getByText(/add\(5\) cannot be idempotent/)).toBeVisible();
});

test('an ask step reveals a wrong guess and the right answer', async ({ page }) => {
	await page.goto('/lessons/duplicates#step-3');
	await page.getByRole('button', { name: '15', exact: true }).click();
	await expect(page.getByText('Not quite.')).toBeVisible();
	await expect(page.getByText('Answer: 20')).toBeVisible();
});

test('Back, a deep link and the sandbox link', async ({ page }) => {
	await page.goto('/lessons/replay#step-2');
	await expect(page.getByText('2 / ', { exact: false }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/#step-1$/);
	await page.getByRole('link', { name: 'Step 4' }).click();
	await expect(page).toHaveURL(/#step-4$/);
	await page.getByRole('button', { name: 'Replay this step' }).click();
	const sandbox = page.getByRole('link', { name: /Open in sandbox/ });
	await expect(sandbox).toHaveAttribute('href', /\/sim#s2\./);
});

test('the lessons index lists every lesson', async ({ page }) => {
	await page.goto('/lessons');
	await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
	for (const lesson of lessons)
		await expect(page.getByRole('link', { name: lesson.title.en, exact: true })).toBeVisible();
});

test.describe('in Korean', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('eventscope.lang', 'ko'));
	});

	test('a lesson plays to its end with 다음, and an ask reveals the answer', async ({ page }) => {
		await page.goto('/lessons/state-vs-events');
		await expect(page.getByText(/앨리스가 장바구니에/)).toBeVisible();
		const next = page.getByRole('button', { name: '다음' });
		await next.click();
		await next.click();
		await page.getByRole('button', { name: '이벤트 저장소에만' }).click();
		await expect(page.getByText('정답입니다!')).toBeVisible();
		for (let i = 0; i < 10 && (await next.isEnabled()); i++) await next.click();
		await expect(page.getByText('레슨 끝.')).toBeVisible();
	});
});

test('presenter mode: large type, a clicker steps the lesson, remembered on reload', async ({
	page
}) => {
	await page.goto('/lessons/duplicates');
	const presenter = page.getByRole('button', { name: 'Presenter mode' });
	const caption = page.getByText(/^\d+ \/ \d+$/);
	await expect(caption).toHaveText(/^1 \/ /);
	const before = (await page.getByRole('button', { name: 'Next' }).boundingBox())!.height;
	await presenter.click();
	await expect(presenter).toHaveAttribute('aria-pressed', 'true');
	const after = (await page.getByRole('button', { name: 'Next' }).boundingBox())!.height;
	expect(after).toBeGreaterThan(before * 1.2);
	await page.keyboard.press('PageDown');
	await expect(caption).toHaveText(/^2 \/ /);
	await page.keyboard.press('PageUp');
	await expect(caption).toHaveText(/^1 \/ /);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('a step that points at nodes rings them on the topology', async ({ page }) => {
	const lesson = lessons.find((l) => l.slug === 'consumer-groups')!;
	const stops = stopsOf(resolveLesson(lesson));
	const step = stops.findIndex((s) => s.highlight?.nodes?.includes('group#1')) + 1;
	expect(step).toBeGreaterThan(0);
	await page.goto(`/lessons/consumer-groups#step-${step}`);
	await expect(page.getByRole('button', { name: /group#1, .*\(highlighted\)$/ })).toBeVisible();
	// The step before points elsewhere (or nowhere): nothing of group#1 is ringed there.
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByRole('button', { name: /group#1, .*\(highlighted\)$/ })).toHaveCount(
		stops[step - 2].highlight?.nodes?.includes('group#1') ? 1 : 0
	);
});

test('before its script runs, a prerendered lesson’s buttons are disabled, not silently inert', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/lessons/duplicates`);
	await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeDisabled();
	await expect(page.getByRole('button', { name: /Next/ })).toBeDisabled();
	await context.close();
});
