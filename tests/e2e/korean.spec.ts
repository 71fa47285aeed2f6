// Korean as a first language: a Korean browser gets Korean on its first visit, the user's choice
// wins afterwards, Hangul is drawn with a font even where the system has none, and an unknown
// address gets the site's own 404 page in the reader's language.
import { execFileSync } from 'node:child_process';
import { test as plainTest } from '@playwright/test';
import { expect, test } from './fixtures';

/** Whether this machine has a local font with Hangul (then it may draw Korean instead of ours). */
function systemHasKoreanFont(): boolean {
	try {
		return execFileSync('fc-list', [':lang=ko'], { encoding: 'utf8' }).trim() !== '';
	} catch {
		return false;
	}
}

test.describe('a browser set to Korean', () => {
	test.use({ locale: 'ko-KR' });

	test('gets Korean on its first visit, and keeps English once the user picks it', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/ko$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('link', { name: /샌드박스 열기/ })).toBeVisible();

		await page
			.getByRole('group', { name: '언어' })
			.getByRole('button', { name: 'English' })
			.click();
		await expect(page.getByRole('link', { name: /Open the sandbox/ })).toBeVisible();
		await expect(page).not.toHaveURL(/\/ko/);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('link', { name: /Open the sandbox/ })).toBeVisible();
	});

	test('draws Hangul with a font, the shipped one where the system has none', async ({ page }) => {
		await page.goto('/');
		const heading = page.getByRole('heading', { name: '볼 수 있는 것' });
		await expect(heading).toBeVisible();
		await page.waitForFunction(() =>
			document.fonts.check('16px "EventScope Hangul"', '볼 수 있는 것')
		);
		const cdp = await page.context().newCDPSession(page);
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		await cdp.send('CSS.enable');
		const { nodeId } = await cdp.send('DOM.querySelector', {
			nodeId: root.nodeId,
			selector: 'h2#see'
		});
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		if (!systemHasKoreanFont())
			expect(fonts).toContainEqual(
				expect.objectContaining({
					isCustomFont: true,
					familyName: expect.stringMatching(/Noto Sans KR/)
				})
			);
		await page.screenshot({ path: test.info().outputPath('korean-home.png') });
	});
});

test('every Korean word on /ko/sim is drawn with a Hangul font once the slices have loaded, none left as boxes', async ({
	page
}) => {
	// Chromium kept some words it shaped before their slice arrived as boxes ("홈", the panel tabs):
	// lib/theme/reshapeOnFontLoad.ts has them shaped again. The check is the fonts Chromium reports
	// for each word's text, so it holds where the system has a Korean font too.
	await page.goto('/ko/sim');
	await expect(page.getByRole('button', { name: '재생' })).toBeEnabled();
	const words = ['홈', '재생', '계보', '속도', '샌드박스'];
	await page.evaluate((words) => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const i = words.indexOf(n.textContent?.trim() ?? '');
			if (i >= 0 && !n.parentElement?.hasAttribute('data-probe'))
				n.parentElement?.setAttribute('data-probe', String(i));
		}
	}, words);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.getDocument', { depth: -1 }); // the CSS agent needs the DOM agent on first
	await cdp.send('CSS.enable');
	const fontsOf = async (i: number) => {
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		const { nodeId } = await cdp.send('DOM.querySelector', {
			nodeId: root.nodeId,
			selector: `[data-probe="${i}"]`
		});
		if (!nodeId) return ['(not on the page)'];
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((f) => f.familyName);
	};
	const hangul = systemHasKoreanFont() ? /./ : /Noto Sans KR/;
	for (const [i, word] of words.entries())
		await expect
			.poll(async () => (await fontsOf(i)).filter((family) => !hangul.test(family)), {
				message: `"${word}" drawn with a font that has no Hangul`
			})
			.toEqual([]);
});

test('Korean pages are Korean in the prerendered file, before any script runs', async ({
	request
}) => {
	for (const path of ['/ko', '/ko/sim', '/ko/lessons/replay', '/ko/lab/consistency']) {
		const html = await (await request.get(path)).text();
		expect(html, path).toContain('<html lang="ko">');
		expect(html, path).toContain('hreflang="en"');
		expect(html, path).toMatch(/<nav[^>]*aria-label="[^"]*"[^>]*>[\s\S]*샌드박스/);
	}
	const english = await (await request.get('/sim')).text();
	expect(english).toContain('<html lang="en">');
	expect(english).toMatch(/hreflang="ko" href="[^"]*ko\/sim"/);
});

test.describe('with scripts off', () => {
	test.use({ javaScriptEnabled: false });

	test('a Korean page reads in Korean and its links stay Korean', async ({ page }) => {
		await page.goto('/ko/lessons');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/레슨/);
		await page.getByRole('navigation').getByRole('link', { name: '동작 원리' }).click();
		await expect(page).toHaveURL(/\/ko\/model$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	});
});

test('a link on a Korean page keeps the reader in Korean, and the run survives a switch', async ({
	page
}) => {
	await page.goto('/ko');
	await page.getByRole('navigation').getByRole('link', { name: '샌드박스' }).click();
	await expect(page).toHaveURL(/\/ko\/sim/);
	await expect(page.getByRole('button', { name: '재생' })).toBeVisible();
	await page.getByRole('slider', { name: '시간' }).fill('12');
	await page.getByRole('group', { name: '언어' }).getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/sim/);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('12');
});

test('a browser in another language gets English', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: /Open the sandbox/ })).toBeVisible();
});

// Not the fixture's test: the browser logs the document's own 404 as an error.
plainTest(
	'an unknown address gets the site’s 404 page, in the chosen language',
	async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('eventscope.lang', 'ko'));
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(
			page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })
		).toBeVisible();
		await expect(page.getByRole('navigation', { name: /./ })).toBeVisible();
		await page.getByRole('link', { name: '홈으로 가기' }).click();
		await expect(page.getByRole('link', { name: /샌드박스 열기/ })).toBeVisible();
		await page.goBack();
		// Back returns to the 404 page, still in Korean. (A screenshot taken here for looking hung
		// once for a whole test budget on a loaded machine; the page was looked at by hand instead.)
		await expect(
			page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })
		).toBeVisible();
	}
);
