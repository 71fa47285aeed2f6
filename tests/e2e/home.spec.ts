import { notesPoints } from '../../src/lib/lessons/notesPoints';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('the home page leads into lesson 1, shows the simulator, and the lessons without scrolling', async ({
	page
}) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/EventScope/);
	await expect(page.getByRole('heading', { level: 1, name: 'EventScope' })).toBeVisible();
	await expect(page.getByText(/deterministic simulator of event sourcing and CQRS/)).toBeVisible();
	await expect(page.getByRole('img', { name: /^The sandbox at tick \d+/ })).toBeInViewport();
	// The lessons start above the fold of a 1280x720 laptop, the first chapter's first lesson too.
	const lessons = page.getByRole('region', { name: 'Lessons' });
	await expect(lessons.getByRole('heading', { name: 'Lessons' })).toBeInViewport();
	await expect(lessons.getByRole('heading', { name: 'Event sourcing' })).toBeInViewport();
	await expect(lessons.getByRole('link', { name: 'State or events?' })).toBeInViewport();
	// Every chapter once.
	const chapters = await lessons.getByRole('heading', { level: 3 }).allTextContents();
	expect(chapters.length).toBeGreaterThan(1);
	expect(new Set(chapters).size).toBe(chapters.length);

	const start = page.getByRole('link', { name: /^Start with lesson 1/ });
	await expect(start).toHaveClass(/primary/);
	await start.click();
	await expect(page).toHaveURL(/\/lessons\/state-vs-events/);
	await expect(page.getByRole('heading', { level: 1, name: /State or events\?/ })).toBeVisible();
});

test('each point of the notes leads to the lesson that teaches it, behind a disclosure', async ({
	page
}) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: /^The notes, point by point/ });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	// Closed, it leaves the way in and the first lessons above the fold.
	await expect(page.getByRole('link', { name: /^Start with lesson 1/ })).toBeInViewport();
	await expect(page.getByRole('link', { name: 'State or events?' })).toBeInViewport();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const points = page.getByRole('list', { name: /^The notes, point by point/ });
	await expect(points.getByRole('listitem')).toHaveCount(notesPoints.length);
	// Two points are taught by this lesson; the first of them leads there.
	await points
		.getByRole('link', { name: 'Lesson: One read model, two domains’ event stores' })
		.first()
		.click();
	await expect(page).toHaveURL(/\/lessons\/joins-across-domains/);
});

test('the sandbox is the second way in', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Open the sandbox' }).click();
	await expect(page).toHaveURL(/\/sim/);
	await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
});

test('the home page speaks Korean when asked, and remembers it', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('group', { name: 'Language' })
		.getByRole('button', { name: '한국어' })
		.click();
	await expect(page.getByRole('link', { name: /레슨 1부터 시작하기/ })).toBeVisible();
	await expect(page.getByRole('link', { name: '샌드박스 열기' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: /레슨 1부터 시작하기/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /틱의 샌드박스/ })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('before their scripts run, the pages’ controls are disabled, not silently inert', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/`);
	const language = page.getByRole('group', { name: 'Language' });
	await expect(language.getByRole('button', { name: '한국어' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeDisabled();
	await expect(page.getByRole('button', { name: /The notes, point by point/ })).toBeDisabled();
	await page.goto(`${baseURL}/lab/compare`);
	await expect(page.getByRole('combobox', { name: 'Preset' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled();
	await expect(page.getByRole('slider', { name: 'Time' })).toBeDisabled();
	await page.goto(`${baseURL}/lab/snapshots`);
	await expect(page.getByRole('button', { name: 'Measure again' })).toBeDisabled();
	await page.goto(`${baseURL}/lessons/edit`);
	await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Preview' })).toBeDisabled();
	await context.close();
});
