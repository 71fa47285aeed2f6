// The embed as another site uses it: a page of a second origin frames /sim?embed=1 with a share
// link. Chromium treats the frame as third party (its storage may be blocked); the sandbox must
// still run, play and answer, with no error in either page.
import { expect, test } from './fixtures';
import { chromiumArgs, chromiumPath } from '../find-chromium.mjs';

// The embedding page below is served by Playwright's router, so it has no network address and
// Chromium's local network access checks treat it as a public site framing a loopback address
// (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS). A real course site framing a real host never
// crosses into a local network, so this spec turns that check off and keeps everything else.
test.use({
	launchOptions: {
		executablePath: chromiumPath(),
		args: [...chromiumArgs, '--disable-features=LocalNetworkAccessChecks']
	}
});

test('a page of another origin frames the sandbox, which plays there', async ({
	page,
	baseURL
}) => {
	// Get a real share link the way a user does: from the Share dialog's embed code.
	await page.goto('/sim');
	await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByRole('checkbox', { name: 'Embed' }).check();
	const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
	const src = /src="([^"]+)"/.exec(code)?.[1];
	expect(src).toMatch(/\/sim\?embed=1#s2\./);

	// The embedding site: another origin and another site, serving only a page with the iframe.
	const embedder = 'http://course.example';
	await page.route(`${embedder}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>A course page</title><h1>Our course</h1>
				<iframe title="EventScope" src="${src}" width="1100" height="700"></iframe>`
		})
	);
	await page.goto(`${embedder}/course.html`);
	expect(new URL(src!).origin).toBe(new URL(baseURL!).origin);
	const frame = page.frameLocator('iframe[title="EventScope"]');
	const play = frame.getByRole('button', { name: 'Play' });
	await expect(play).toBeEnabled();
	// No site header inside the frame: only the sandbox.
	await expect(frame.getByRole('link', { name: 'Sandbox' })).toBeHidden();
	const time = frame.getByRole('slider', { name: 'Time' });
	const before = Number(await time.inputValue());
	await play.click();
	await expect.poll(async () => Number(await time.inputValue())).toBeGreaterThan(before);
	// Paused early on a busy machine, the store may hold one event: "1 event".
	await frame.getByRole('button', { name: 'Pause' }).click();
	await expect(frame.getByRole('img', { name: /^Event store, \d+ events?$/ })).toBeVisible();
});
