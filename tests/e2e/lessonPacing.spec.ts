// A lesson at the learner's pace: a step's playback paused, walked a tick at a time and played at
// another speed, with the buttons and with the keys; and a step that reveals a moment stops on it
// ("add(5) delivered twice" asks its question with the duplicate copy on the wire).
import { expect, test } from './fixtures';

/** The header's readout of where the run stands ("Tick 8 of 30", "Paused at tick 3 → 8"). */
const readout = (page: import('@playwright/test').Page) =>
	page.getByText(/^(Tick \d+ of \d+|Playing to tick \d+…|Paused at tick \d+ → \d+)$/);

test('a step paused, stepped one tick and played on at another speed', async ({ page }) => {
	await page.goto('/lessons/duplicates');
	const next = page.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	const playback = page.getByRole('group', { name: 'Playback of the step' });

	// A quarter of the step's pace: its 8 ticks take several seconds, time enough to pause.
	await page.getByRole('radio', { name: '¼×' }).check();
	await next.click();
	await playback.getByRole('button', { name: 'Pause' }).click();
	await expect(readout(page)).toHaveText(/^Paused at tick \d+ → 8$/);
	const paused = Number(/tick (\d+)/.exec((await readout(page).textContent())!)![1]);
	expect(paused).toBeLessThan(8);

	await playback.getByRole('button', { name: '+1 tick' }).click();
	await expect(readout(page)).toHaveText(
		paused + 1 < 8 ? `Paused at tick ${paused + 1} → 8` : 'Tick 8 of 30'
	);

	await page.getByRole('radio', { name: '2×' }).check();
	await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
	if (paused + 1 < 8) await playback.getByRole('button', { name: 'Play' }).click();
	await expect(readout(page)).toHaveText('Tick 8 of 30');
	await expect(page.getByText('2 / 4')).toBeVisible();
	// The rigging note names the copy as the picture labels it: by its event's number.
	await expect(
		page.getByText('the copy of event #2 to naive is delivered twice (tick 10)')
	).toBeVisible();
});

test('the duplicate is on the wire when the question is asked', async ({ page }) => {
	await page.goto('/lessons/duplicates#step-2');
	const next = page.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	await next.click();
	await expect(page.getByText(/What will "naive" show/)).toBeVisible();
	await expect(readout(page)).toHaveText('Tick 11 of 30');
	// "naive" has applied the original; the copy the lesson rigged is still on its way.
	await expect(
		page.getByRole('button', { name: /^Message m\d+: duplicate of event #2 to naive#1/ })
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: /^Message m\d+: duplicate of event #2 to deduped#1/ })
	).toBeVisible();
});

test('the keys: . steps a tick, Space plays on, < and > change the speed, ? lists them', async ({
	page
}) => {
	await page.goto('/lessons/duplicates#step-3');
	await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
	await expect(readout(page)).toHaveText('Tick 11 of 30');

	// At rest on the question, "." starts its reveal held, one tick in.
	await page.keyboard.press('.');
	await expect(readout(page)).toHaveText('Paused at tick 12 → 15');
	await page.keyboard.press('<');
	await expect(page.getByRole('radio', { name: '½×' })).toBeChecked();
	await page.keyboard.press('>');
	await page.keyboard.press('>');
	await expect(page.getByRole('radio', { name: '2×' })).toBeChecked();
	await page.keyboard.press(' ');
	await expect(page.getByText('Answer: 20')).toBeVisible();
	await expect(readout(page)).toHaveText('Tick 15 of 30');

	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog.getByRole('row', { name: /Pause or play on/ })).toBeVisible();
	await expect(dialog.getByRole('row', { name: /One tick on, then hold/ })).toBeVisible();
	await expect(dialog.getByRole('row', { name: /Slower or faster/ })).toBeVisible();
});

test('presenter mode keeps the playback controls on screen', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/lessons/duplicates');
	await page.getByRole('button', { name: 'Presenter mode' }).click();
	const playback = page.getByRole('group', { name: 'Playback of the step' });
	await expect(playback.getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('radio', { name: '1×' })).toBeChecked();
	await page.keyboard.press('.');
	await expect(readout(page)).toHaveText(/^Paused at tick 1 → 8$/);
});
