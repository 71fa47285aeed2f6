import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hangulFontCss } from './hangulFont';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource-variable/noto-sans-kr/package.json'));
const slices = JSON.parse(readFileSync(`${packageDir}/unicode.json`, 'utf8')) as Record<
	string,
	string
>;
const filesDir = '@fontsource-variable/noto-sans-kr/files';
const cssPath = new URL('./hangul.css', import.meta.url);

describe('the shipped Hangul font', () => {
	const css = hangulFontCss(slices, filesDir);
	if (process.env.UPDATE_HANGUL_CSS) writeFileSync(cssPath, css);

	it('hangul.css is what the installed package gives (regenerate it when the package changes)', () => {
		expect(readFileSync(cssPath, 'utf8')).toBe(css);
	});

	it('covers every Hangul syllable, and claims no Latin letter, digit or punctuation', () => {
		const ranges = [...css.matchAll(/unicode-range: ([^;]+);/g)].flatMap((m) =>
			m[1].split(',').map((r) =>
				r
					.replace('U+', '')
					.split('-')
					.map((h) => parseInt(h, 16))
			)
		);
		const covered = (cp: number) => ranges.some(([lo, hi = lo]) => cp >= lo && cp <= hi);
		for (let cp = 0xac00; cp <= 0xd7a3; cp++) expect(covered(cp), cp.toString(16)).toBe(true);
		for (const ch of 'aZ09.,()-?!') expect(covered(ch.codePointAt(0)!), ch).toBe(false);
	});

	it('is swapped in when it loads, and every slice file it names exists', () => {
		expect(css.match(/font-display: swap;/g)?.length).toBe(css.match(/@font-face/g)?.length);
		for (const [, file] of css.matchAll(/url\('[^']*\/([^']+)'\)/g))
			expect(() => readFileSync(`${packageDir}/files/${file}`)).not.toThrow();
	});
});
