import { describe, expect, it } from 'vitest';
import { lessons } from '$lib/lessons';
import { areas } from './messages';
import { glossary, keepTermsWhole, playKeys, rejectedIn } from './glossary';

/** Every Korean text in a lesson: each `ko` of a { en, ko } anywhere in it, with where it is. */
function koreanTexts(value: unknown, path: string, out: [string, string][]): [string, string][] {
	if (Array.isArray(value)) value.forEach((item, i) => koreanTexts(item, `${path}[${i}]`, out));
	else if (value && typeof value === 'object')
		for (const [key, inner] of Object.entries(value)) {
			if (key === 'ko' && typeof inner === 'string') out.push([`${path}.ko`, inner]);
			else koreanTexts(inner, `${path}.${key}`, out);
		}
	return out;
}

describe('one Korean vocabulary', () => {
	it('no UI string uses a rejected variant (재생 only for the Play button)', () => {
		const bad: string[] = [];
		for (const area of areas)
			for (const [key, text] of Object.entries(area.ko))
				for (const { term, found } of rejectedIn(text)) {
					if (term === 'replay' && playKeys.has(key)) continue;
					bad.push(`${key}: “${found}” (use ${glossary[term].ko}) in “${text}”`);
				}
		expect(bad).toEqual([]);
	});

	it('no lesson uses a rejected variant', () => {
		const bad: string[] = [];
		for (const lesson of lessons)
			for (const [where, text] of koreanTexts(lesson, lesson.slug, []))
				for (const { term, found } of rejectedIn(text))
					bad.push(`${where}: “${found}” (use ${glossary[term].ko}) in “${text}”`);
		expect(bad).toEqual([]);
	});

	it('the chosen words are not themselves rejected, and a rejected one is caught', () => {
		for (const term of Object.values(glossary)) expect(rejectedIn(term.ko)).toEqual([]);
		expect(rejectedIn('읽기 모델이 진실과 불일치')).toEqual([
			{ term: 'readModel', found: '읽기 모델' },
			{ term: 'truth', found: '진실' },
			{ term: 'diverged', found: '불일치' }
		]);
	});
});

describe('terms kept on one line', () => {
	it('joins "read 모델" and "Command Side" with a no-break space, and leaves the rest', () => {
		expect(keepTermsWhole('read 모델은 Command Side와 다릅니다')).toBe(
			'read\u00a0모델은 Command\u00a0Side와 다릅니다'
		);
		expect(keepTermsWhole('thread 모델')).toBe('thread 모델');
	});
});
