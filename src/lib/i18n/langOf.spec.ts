import { describe, expect, it } from 'vitest';
import { langOf } from './locale.svelte';

describe('the language of a visit', () => {
	it.each([
		[null, ['ko-KR', 'en-US'], 'ko'],
		[null, ['ko'], 'ko'],
		[null, ['en-GB', 'ko-KR'], 'en'],
		[null, ['ja-JP', 'ko-KR'], 'ko'],
		[null, ['fr-FR'], 'en'],
		[null, [], 'en'],
		['en', ['ko-KR'], 'en'],
		['ko', ['en-US'], 'ko'],
		['fr', ['ko-KR'], 'ko']
	] as const)('saved %s, browser %j: %s', (saved, browserLangs, expected) => {
		expect(langOf(saved, browserLangs)).toBe(expected);
	});
});
