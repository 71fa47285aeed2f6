// The sandbox as a learner uses it on /sim with the counter example (add(5) over an
// at-least-once, duplicating network, a naive and a deduplicating consumer, 120 ticks).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const time = (page: Page) => page.getByRole('slider', { name: 'Time' });

async function tick(page: Page): Promise<number> {
	return Number(await time(page).inputValue());
}

/** Focus on nothing in particular, as after clicking an empty part of the page. */
async function blur(page: Page) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test.beforeEach(async ({ page }) => {
	await page.goto('/sim');
	await expect(page.locator('[data-hydrated]')).toBeVisible();
});

test('play, see time pass and events arrive, pause, step back and forward by one tick', async ({
	page
}) => {
	await expect(time(page)).toHaveValue('0');
	await expect(page.getByRole('img', { name: 'Event store, 0 events' })).toBeVisible();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(time(page)).not.toHaveValue('0');
	const store = page.getByRole('table', { name: 'Event store' });
	await expect(store.getByRole('row')).not.toHaveCount(1, { timeout: 15_000 });
	await expect(page.getByRole('img', { name: /^Event store, [1-9]\d* events$/ })).toBeVisible();
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	const paused = await tick(page);
	await expect(page.getByText(`tick ${paused} / 120`)).toBeVisible();
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(time(page)).toHaveValue(String(paused + 1));
	await page.getByRole('button', { name: 'Step back' }).click();
	await expect(time(page)).toHaveValue(String(paused));
	await page.getByRole('button', { name: 'Step back' }).click();
	await expect(time(page)).toHaveValue(String(paused - 1));
});

test('scrub the time slider to any tick', async ({ page }) => {
	await time(page).fill('60');
	await expect(page.getByText('tick 60 / 120')).toBeVisible();
	await expect(page.getByRole('img', { name: /^Event store, 1[0-9] events$/ })).toBeVisible();
	await time(page).fill('3');
	await expect(page.getByRole('img', { name: 'Event store, 0 events' })).toBeVisible();
});

test('drag the time slider: when the hand rests, the panels show the tick under it', async ({
	page
}) => {
	const track = (await time(page).boundingBox())!;
	const y = track.y + track.height / 2;
	await page.mouse.move(track.x + 4, y);
	await page.mouse.down();
	await page.mouse.move(track.x + track.width * 0.8, y, { steps: 40 });
	await page.mouse.up();
	const at = await tick(page);
	expect(at).toBeGreaterThan(60);

	// The picture's store and the table agree on the events appended by the tick under the cursor.
	const store = page.getByRole('img', { name: /^Event store, \d+ events$/ });
	const events = Number(/(\d+) events/.exec((await store.getAttribute('aria-label'))!)![1]);
	await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'false');
	const table = page.getByRole('table', { name: 'Event store' });
	// The table shows as many of the newest rows as fit the panel, and says so when that is fewer.
	const count = page.getByText(new RegExp(`^Events: ${events}( \\(showing the last (\\d+)\\))?$`));
	await expect(count).toBeVisible();
	const shown = Number(/showing the last (\d+)/.exec((await count.textContent())!)?.[1] ?? events);
	await expect(table.getByRole('row')).toHaveCount(shown + 1);
	const newest = table.getByRole('row').last().getByRole('cell').last();
	expect(Number(await newest.textContent())).toBeLessThanOrEqual(at);
});

test('the copies, badges and readouts at a tick are the same however the cursor got there: nothing of another tick is left on the canvases', async ({
	page
}) => {
	// The canvases alone (the SVG's antialiasing may differ by a pixel between two paints).
	const canvases = async () => {
		await page.addStyleTag({ content: '.topology .zoomed > svg { visibility: hidden }' });
		// Painted and settled: two shots in a row agree (no fixed wait).
		const shot = () => page.locator('.picture').screenshot();
		let last = await shot();
		await expect
			.poll(async () => {
				const next = await shot();
				const same = next.equals(last);
				last = next;
				return same;
			})
			.toBe(true);
		return last;
	};
	const opened = page.url();
	await time(page).fill('40'); // copies on every wire, badges on most nodes
	await time(page).fill('90');
	await blur(page);
	await expect.poll(() => page.url()).not.toBe(opened);
	const scrubbed = await canvases();
	// The address keeps the tick: after a reload the canvases are drawn at tick 90 from scratch.
	await page.reload();
	await expect(page.locator('[data-hydrated]')).toBeVisible();
	await expect(time(page)).toHaveValue('90');
	const fresh = await canvases();
	expect(fresh.equals(scrubbed), 'the same pixels').toBe(true);
});

test('click a message in flight and drop it: it never arrives', async ({ page }) => {
	await time(page).fill('40');
	const copies = page.getByRole('button', { name: /^Message m\d+: event #\d+ to/ });
	await expect(copies.first()).toBeVisible();
	const name = (await copies.first().getAttribute('aria-label'))!;
	const id = name.match(/^Message (m\d+)/)![1];
	await copies.first().click();
	const menu = page.getByRole('dialog', { name: `Message ${id}` });
	await expect(menu).toBeVisible();
	await menu.getByRole('button', { name: 'Drop' }).click();
	await expect(menu).toBeHidden();
	await expect(time(page)).toHaveValue('40');
	// The drop happens at the next tick; the copy is gone from the wire for good. (The copies
	// get their buttons back once the cursor rests: wait for them before looking.)
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(page.getByRole('group', { name: 'Messages in flight' })).toBeAttached();
	await expect(page.locator(`[data-message="${id}"]`)).toHaveCount(0);
});

test('at most once, dropping one copy to the deduplicating consumer makes its read model diverge', async ({
	page
}) => {
	// Under at-least-once the broker would send the dropped copy again; at-most-once never does.
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
	await page.getByRole('button', { name: 'Broker and network' }).click();
	await page.getByRole('combobox', { name: 'Delivery' }).selectOption('at-most-once');
	await page.getByRole('button', { name: 'Inspect', exact: true }).click();
	const model = page.getByRole('img', { name: /^Read model of deduped, / });
	await time(page).fill('120');
	await expect(model).toHaveAccessibleName('Read model of deduped, converged');
	// Find a tick with a copy on its way to "deduped" (at most once, each event has one copy).
	const copies = page.getByRole('button', { name: /^Message m\d+: event #\d+ to deduped/ });
	const inFlight = page.getByRole('group', { name: 'Messages in flight' });
	for (let t = 20; t < 80 && (await copies.count()) === 0; t++) {
		await time(page).fill(String(t));
		await expect(inFlight).toBeAttached(); // the buttons, once the cursor rests
	}
	await copies.first().click();
	await page.getByRole('button', { name: 'Drop' }).click();
	await time(page).fill('120');
	await expect(model).toHaveAccessibleName('Read model of deduped, diverged');
});

test('duplicate and delay open from the same menu; Escape closes it', async ({ page }) => {
	await time(page).fill('40');
	const copy = page.getByRole('button', { name: /^Message m\d+: event #/ }).first();
	await copy.click();
	const menu = page.getByRole('dialog', { name: /^Message m\d+$/ });
	await expect(menu.getByRole('button', { name: 'Duplicate' })).toBeVisible();
	await expect(menu.getByRole('button', { name: /^Delay/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	const before = await page.getByRole('button', { name: /: duplicate of event/ }).count();
	await copy.click();
	await menu.getByRole('button', { name: 'Duplicate' }).click();
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(page.getByRole('button', { name: /: duplicate of event/ })).toHaveCount(before + 1);
});

test('crash a consumer: it is marked crashed, and restarts', async ({ page }) => {
	await time(page).fill('30');
	await page.getByRole('button', { name: 'Consumer naive, up' }).click();
	const menu = page.getByRole('dialog', { name: 'naive' });
	await menu.getByRole('button', { name: /^Crash/ }).click();
	await page.getByRole('button', { name: 'Step forward' }).click();
	const crashed = page.getByRole('button', { name: 'Consumer naive, crashed' });
	await expect(crashed).toBeVisible();
	await expect(crashed.getByText('crashed').first()).toBeVisible();

	await crashed.click();
	await page
		.getByRole('dialog', { name: 'naive' })
		.getByRole('button', { name: 'Restart' })
		.click();
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(page.getByRole('button', { name: 'Consumer naive, up' })).toBeVisible();
});

test('crash the outbox relay: it is marked crashed', async ({ page }) => {
	await time(page).fill('20');
	await page.getByRole('button', { name: 'Outbox relay, up' }).click();
	await page
		.getByRole('dialog', { name: 'Outbox relay' })
		.getByRole('button', { name: /^Crash/ })
		.click();
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(page.getByRole('button', { name: 'Outbox relay, crashed' })).toBeVisible();
});

test('switch to Korean and back', async ({ page }) => {
	await page.getByRole('button', { name: '한국어' }).click();
	await expect(page.getByRole('button', { name: '재생' })).toBeVisible();
	await expect(page.getByRole('slider', { name: '시간' })).toBeVisible();
	await expect(page.getByRole('link', { name: '샌드박스' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await page.reload();
	await expect(page.getByRole('button', { name: '재생' })).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('keyboard: Space, arrows, Shift+arrows, Home/End and the ? dialog', async ({ page }) => {
	await blur(page);
	await page.keyboard.press('ArrowRight');
	await expect(time(page)).toHaveValue('1');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(time(page)).toHaveValue('11');
	await page.keyboard.press('ArrowLeft');
	await expect(time(page)).toHaveValue('10');
	await page.keyboard.press('End');
	await expect(time(page)).toHaveValue('120');
	await page.keyboard.press('Home');
	await expect(time(page)).toHaveValue('0');

	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(time(page)).not.toHaveValue('0');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(help).toBeVisible();
	await expect(help.getByText('Play or pause')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
});

test('keys typed into a text field are not shortcuts', async ({ page }) => {
	await page.getByRole('button', { name: 'Settings' }).click();
	const seed = page.getByLabel('Seed', { exact: true });
	await seed.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Space');
	await expect(time(page)).toHaveValue('0');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the theme toggle is remembered', async ({ page }) => {
	const html = page.locator('html');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	const before = await html.getAttribute('data-theme');
	await toggle.click();
	const after = before === 'dark' ? 'light' : 'dark';
	await expect(html).toHaveAttribute('data-theme', after);
	await page.reload();
	await expect(html).toHaveAttribute('data-theme', after);
});

test('?embed=1 hides the site header', async ({ page }) => {
	await expect(page.getByRole('link', { name: 'Sandbox' })).toBeVisible();
	await page.goto('/sim?embed=1');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sandbox' })).toBeHidden();
});

test('a long run is simulated in slices: the page says how far it got and stays usable', async ({
	page
}) => {
	// 20,000 ticks: a few seconds to simulate here, far more than one slice.
	const long = {
		format: 'eventscope/1',
		title: 'A long run',
		seed: 7,
		ticks: 20000,
		domain: 'counter',
		options: { delivery: 'at-least-once', ackTimeout: 4 },
		network: { duplicate: 0.1, delayMin: 1, delayMax: 6 },
		consumers: [{ id: 'view', readModel: 'counter-values', idempotency: 'dedupe-id' }],
		commands: [
			{ at: 1, every: 2, repeat: 10000, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	};
	await page.evaluate(
		(json) => localStorage.setItem('eventscope.sandbox.v1', json),
		JSON.stringify(long)
	);
	await page.goto('/sim');
	const status = page.getByRole('status').filter({ hasText: 'Simulating 20000 ticks' });
	await expect(status).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
	// The page answers while it works: the side column switches to the settings and back.
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Settings' })).toBeVisible();
	await page.getByRole('button', { name: 'Inspect', exact: true }).click();
	await expect(status).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	await time(page).fill('20000');
	await expect(page.getByRole('img', { name: 'Event store, 10000 events' })).toBeVisible();
	// Five-digit positions, four-digit versions: every cell of the event table holds its text
	// (none runs into the next column).
	const cells = page.getByRole('table', { name: 'Event store' }).getByRole('cell');
	await expect(cells.first()).toBeVisible();
	const overflowing = await cells.evaluateAll((tds) =>
		tds.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent)
	);
	expect(overflowing).toEqual([]);
});

test('before its script runs, the prerendered sandbox’s timeline is disabled, not silently inert', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/sim`);
	await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Step forward' })).toBeDisabled();
	await expect(time(page)).toBeDisabled();
	await context.close();
});
