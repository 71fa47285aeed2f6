// The topology as a classroom sees it (issue 24): it grows with the screen and in presenter mode,
// never has text under 11 px, zooms on request, explains its labels on hover and on focus, and
// its timeline marks are named buttons that jump to their tick. The counter example on /sim.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const time = (page: Page) => page.getByRole('slider', { name: /^(Time|시간)$/ });
const picture = (page: Page) =>
	page.getByRole('group', { name: /^(The system at the current tick|현재 틱의 시스템)$/ });

/**
 * The smallest text drawn in the picture, in screen px: every SVG text's font size times the
 * zoom it is drawn at, and the canvas's smallest font (11 px badges) times the picture's scale.
 */
async function smallestText(page: Page): Promise<number> {
	return page.locator('.zoomed').evaluate((zoomed) => {
		const scale = Number(zoomed.getAttribute('data-scale'));
		const sizes = [...zoomed.querySelectorAll('svg text')]
			.filter((text) => text.textContent?.trim())
			.map((text) => {
				const zoom = (text as SVGElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
				return parseFloat(getComputedStyle(text).fontSize) * zoom;
			});
		return Math.min(11 * scale, ...sizes);
	});
}

async function openSim(page: Page, path = '/sim') {
	await page.goto(path);
	await expect(page.locator('[data-hydrated]')).toBeVisible();
}

test('at 1024x768 no text in the picture is under 11 px, and the sandbox is not cut off', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openSim(page);
	await time(page).fill('40');
	expect(await smallestText(page)).toBeGreaterThanOrEqual(11);

	// The title is whole, the time slider usable, no box title cut short (the Query box).
	const title = page.getByRole('heading', { level: 1 });
	expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth + 1)).toBe(true);
	expect((await time(page).boundingBox())!.width).toBeGreaterThanOrEqual(150);
	const titles = await picture(page)
		.locator('text')
		.evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
	expect(titles.filter((t) => t.endsWith('…'))).toEqual([]);
	await expect(picture(page).getByRole('img', { name: 'Query' })).toBeVisible();

	// A stream id in the event table stays on one line.
	const cell = page.getByRole('table', { name: 'Event store' }).getByRole('cell', {
		name: 'counter-1',
		exact: true
	});
	const lines = await cell.first().evaluate((td) => {
		const range = document.createRange();
		range.selectNodeContents(td);
		return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
	});
	expect(lines).toBe(1);
});

test('at 1920x1080 the picture grows: its smallest text is 16 px or more', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openSim(page);
	expect(await smallestText(page)).toBeGreaterThanOrEqual(16);
	// The broker is as tall as what it says, not the whole row.
	const broker = (await picture(page)
		.getByRole('img', { name: /^Broker/ })
		.boundingBox())!;
	const row = (await picture(page).boundingBox())!;
	expect(broker.height).toBeLessThan(row.height * 0.4);
});

test('presenter mode enlarges the picture of a lesson, to 16 px text or more at 1920x1080', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/lessons/duplicates');
	const next = page.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	const presenter = page.getByRole('button', { name: 'Presenter mode' });
	await expect(presenter).toBeEnabled();
	if ((await presenter.getAttribute('aria-pressed')) === 'true') await presenter.click();
	const before = Number(await page.locator('.zoomed').getAttribute('data-scale'));
	await presenter.click();
	await expect(presenter).toHaveAttribute('aria-pressed', 'true');
	await expect
		.poll(async () => Number(await page.locator('.zoomed').getAttribute('data-scale')))
		.toBeGreaterThan(before);
	expect(await smallestText(page)).toBeGreaterThanOrEqual(16);
});

test('the zoom control enlarges the picture, is kept for the session, and resets', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openSim(page);
	const scale = async () => Number(await page.locator('.zoomed').getAttribute('data-scale'));
	const fit = await scale();
	await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(scale).toBeGreaterThan(fit);
	const zoomed = await scale();

	await page.reload();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await expect.poll(scale).toBe(zoomed);

	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect.poll(scale).toBe(fit);
	// Never smaller than its base size: at a 1280x720 fit there is nothing to zoom out of.
	const out = page.getByRole('button', { name: 'Zoom out' });
	if (fit <= 1) await expect(out).toBeDisabled();
	else {
		await out.click();
		await expect.poll(scale).toBeLessThan(fit);
		expect(await scale()).toBeGreaterThanOrEqual(1);
	}
});

test('a count in the picture explains itself on keyboard focus and on hover', async ({ page }) => {
	await openSim(page);
	await time(page).fill('40');
	const checkpoint = picture(page).getByRole('button', { name: /^ckpt #\d+$/ });
	await checkpoint.focus();
	const tip = page.getByRole('tooltip');
	await expect(tip).toContainText('checkpoint');
	await expect(checkpoint).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();

	await picture(page)
		.getByRole('button', { name: /^\d+ unacked$/ })
		.hover();
	await expect(page.getByRole('tooltip')).toContainText('acknowledged');
	await page.mouse.move(0, 0);
	await expect(page.getByRole('tooltip')).toBeHidden();
});

test('in Korean the explanation is Korean, and the legend leads to /ko/model’s section', async ({
	page
}) => {
	await openSim(page, '/ko/sim');
	await time(page).fill('40');
	await picture(page)
		.getByRole('button', { name: /^헤드 #\d+$/ })
		.focus();
	await expect(page.getByRole('tooltip')).toContainText('가장 새 이벤트');

	await page.getByRole('link', { name: '그림이 보여 주는 것' }).click();
	await expect(page).toHaveURL(/\/ko\/model#picture$/);
	await expect(page.getByRole('heading', { name: '그림이 보여 주는 것' })).toBeVisible();
	await expect(page.locator('#picture-checkpoint')).toBeVisible();
});

test('a timeline mark is a named button: Enter or a click jumps to its tick', async ({ page }) => {
	await openSim(page);
	const stale = page.getByRole('button', { name: /stale read at tick \d+/ }).first();
	const name = (await stale.getAttribute('aria-label'))!;
	const at = Number(/stale read at tick (\d+)/.exec(name)![1]);
	const box = (await stale.boundingBox())!;
	expect(box.width).toBeGreaterThanOrEqual(24);
	expect(box.height).toBeGreaterThanOrEqual(24);

	await stale.focus();
	await page.keyboard.press('Enter');
	await expect(time(page)).toHaveValue(String(at));

	await time(page).fill('0');
	await stale.click();
	await expect(time(page)).toHaveValue(String(at));
});

test('a run with two domains draws one event store and one relay per domain; each relay crashes alone', async ({
	page
}) => {
	test.slow();
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/lessons/joins-across-domains');
	await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
	await page.getByRole('link', { name: /Open in sandbox/ }).click();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await time(page).fill('20');
	await expect(
		picture(page).getByRole('img', { name: /^Cart event store, \d+ events?$/ })
	).toBeVisible();
	await expect(
		picture(page).getByRole('img', { name: /^Inventory event store, \d+ events?$/ })
	).toBeVisible();
	expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
	const titles = await picture(page)
		.locator('text')
		.evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
	expect(titles.filter((t) => t.endsWith('…'))).toEqual([]);

	// Each relay's checkpoint explains itself, as the one relay's does.
	const checkpoints = picture(page).getByRole('button', { name: /^ckpt #\d+$/ });
	await expect(checkpoints).toHaveCount(2);
	await checkpoints.first().focus();
	await expect(page.getByRole('tooltip')).toContainText('checkpoint');
	await page.keyboard.press('Escape');

	// Crashing the cart's relay leaves the inventory's up.
	await picture(page).getByRole('button', { name: 'Cart outbox relay, up' }).click();
	await page
		.getByRole('dialog', { name: 'Cart relay' })
		.getByRole('button', { name: /^Crash/ })
		.click();
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(
		picture(page).getByRole('button', { name: 'Cart outbox relay, crashed' })
	).toBeVisible();
	await expect(
		picture(page).getByRole('button', { name: 'Inventory outbox relay, up' })
	).toBeVisible();
});
