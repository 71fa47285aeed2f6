// Lessons written by users: written in the editor, shared as a link, played by someone else;
// a broken link; a lesson recorded from the sandbox's run.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The editor, once its script runs (its preview's Next is disabled until then): typing races
 * the page's start otherwise, and Playwright's fill (select all, then insert) can land in between.
 */
async function openEditor(page: Page) {
	await page.goto('/lessons/edit');
	const preview = page.getByRole('region', { name: 'Preview of the lesson' });
	await expect(preview.getByRole('button', { name: 'Next' })).toBeEnabled();
}

const twoSteps = {
	title: { en: 'Two steps' },
	scenario: {
		format: 'eventscope/2',
		ticks: 30,
		commands: [{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } }]
	},
	steps: [
		{ say: { en: 'First, nothing has happened yet.' } },
		{ waitFor: { trace: 'EventAppended' } },
		{ say: { en: 'Now the event is in the store.', ko: '이제 이벤트가 저장소에 있습니다.' } }
	]
};

test('a lesson written in the editor, shared, plays to its end in a new page', async ({
	page,
	context
}) => {
	await openEditor(page);
	const json = page.getByRole('textbox', { name: 'Lesson JSON' });
	await json.fill('{ "title": { "en": "x" }, "steps": [{ "sya": 1 }] }');
	await expect(page.getByRole('listitem').filter({ hasText: 'steps[0]' })).toContainText(
		'one of the keys say, chapter'
	);
	await json.fill(JSON.stringify(twoSteps, null, 2));
	await expect(page.getByText('A valid lesson: 2 stops.')).toBeVisible();
	const preview = page.getByRole('region', { name: 'Preview of the lesson' });
	await expect(preview.getByText('First, nothing has happened yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Share' }).click();
	const url = await page.getByRole('textbox', { name: 'Lesson link' }).inputValue();
	expect(url).toMatch(/\/lessons\/play#l1\./);

	const other = await context.newPage();
	await other.goto(url);
	await expect(other.getByText('First, nothing has happened yet.')).toBeVisible();
	const next = other.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	await next.click();
	await expect(other.getByText('Now the event is in the store.')).toBeVisible();
	await expect(other.getByText('2 / 2')).toBeVisible();
	await expect(other.getByText('End of the lesson.')).toBeVisible();
});

test('a broken lesson link shows an alert', async ({ page }) => {
	await page.goto('/lessons/play#l1.0123456789.AAAAAAAAAAAAAAAA');
	await expect(page.getByRole('alert')).toContainText('This link could not be opened');
});

test('a lesson typed before the page’s script has run is kept, and checked once it runs', async ({
	page
}) => {
	// The page's scripts are held back until the lesson is typed into the prerendered textbox.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/lessons/edit', { waitUntil: 'domcontentloaded' });
	const json = page.getByRole('textbox', { name: 'Lesson JSON' });
	await json.fill(JSON.stringify(twoSteps, null, 2));
	release();
	await expect(page.getByText('A valid lesson: 2 stops.')).toBeVisible();
	await expect(json).toHaveValue(JSON.stringify(twoSteps, null, 2));
});

test('a lesson whose waitFor never happens is refused, naming the step', async ({ page }) => {
	await openEditor(page);
	const never = { ...twoSteps, steps: [...twoSteps.steps] };
	never.steps[1] = { waitFor: { trace: 'CommandRejected' } } as never;
	await page.getByRole('textbox', { name: 'Lesson JSON' }).fill(JSON.stringify(never));
	await expect(page.getByRole('listitem').filter({ hasText: 'steps[1].waitFor' })).toContainText(
		'never holds'
	);
});

test('a lesson recorded from the sandbox plays its two captions at their ticks', async ({
	page
}) => {
	// Two pages, an editor and a player that animates to tick 30: a budget for a busy machine.
	test.slow();
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	const time = page.getByRole('slider', { name: 'Time' });
	await page.getByRole('button', { name: 'Add a caption here' }).click();
	for (const [tick, text] of [
		[12, 'At twelve'],
		[30, 'At thirty']
	] as const) {
		await time.fill(String(tick));
		await page.getByRole('textbox', { name: 'Caption in English' }).fill(text);
		await page.getByRole('button', { name: `Add at tick ${tick}` }).click();
	}
	await page.getByRole('link', { name: 'Open in the lesson editor' }).click();
	await expect(page).toHaveURL(/\/lessons\/edit#l1\./);
	await expect(page.getByText('A valid lesson: 2 stops.')).toBeVisible();
	await page.getByRole('button', { name: 'Share' }).click();
	const url = await page.getByRole('textbox', { name: 'Lesson link' }).inputValue();

	await page.goto(url);
	await expect(page.getByText('At twelve')).toBeVisible();
	await expect(page.getByText(/^Tick 12 of \d+$/)).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('At thirty')).toBeVisible();
	// The player plays from tick 12 to 30 before it stops there.
	await expect(page.getByText(/^Tick 30 of \d+$/)).toBeVisible({ timeout: 20_000 });
});
