// Screenshots for looking at the UI: node tests/perf/shots.mjs <base-url> <out-dir> <name> <path> [w x h ...]
// Each size in both themes and both languages; waits for the page to hydrate (the Play button
// enabled on /sim, otherwise the load event), never for a fixed time.
import { chromium } from 'playwright-core';
const [base, out, name, path, ...sizes] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});
for (const size of sizes.length ? sizes : ['1280x720']) {
	const [width, height] = size.split('x').map(Number);
	for (const theme of ['light', 'dark'])
		for (const lang of ['en', 'ko']) {
			const context = await browser.newContext({ viewport: { width, height } });
			await context.addInitScript(
				([t, l]) => {
					localStorage.setItem('eventscope.theme', t);
					localStorage.setItem('eventscope.lang', l);
				},
				[theme, lang]
			);
			const page = await context.newPage();
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
			// Hydrated: the sandbox's Play (재생) button, or a lesson's Next (다음), is enabled.
			if (path.startsWith('/sim') || path.startsWith('/lessons/'))
				await page.waitForFunction(
					() =>
						[...document.querySelectorAll('button')].some(
							(b) => !b.disabled && /(Play|재생|Next|다음|Back|이전)/.test(b.textContent.trim())
						),
					null,
					{ timeout: 30000 }
				);
			// Fonts loaded and the text shaped again with them (lib/theme/reshapeOnFontLoad.ts).
			await page.evaluate(() => document.fonts.ready);
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const file = `${out}/${name}-${size}-${theme}-${lang}.png`;
			await page.screenshot({ path: file });
			console.log(file);
			await context.close();
		}
}
await browser.close();
