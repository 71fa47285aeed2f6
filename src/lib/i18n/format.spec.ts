import { describe, expect, it } from 'vitest';
import { format } from './format';

describe('filling a UI string', () => {
	it.each([
		['no placeholders', 'Event store', {}, 'en', 'Event store'],
		['a parameter', 'tick {t} / {n}', { t: 5, n: 120 }, 'en', 'tick 5 / 120'],
		['a parameter twice', '{a} and {a}', { a: 'x' }, 'en', 'x and x'],
		['placeholders side by side', '{a}{b}', { a: 1, b: 2 }, 'en', '12'],
		['one, in English', '{n} {n|event|events}', { n: 1 }, 'en', '1 event'],
		['other, in English', '{n} {n|event|events}', { n: 3 }, 'en', '3 events'],
		['zero is other in English', '{n|event|events}', { n: 0 }, 'en', 'events'],
		['Korean has one form', '{n|event|events}', { n: 1 }, 'ko', 'events'],
		['an empty form', 'copy{n||s}', { n: 1 }, 'en', 'copy'],
		['a missing parameter stays as written', 'at {t}, {n|x|y}', {}, 'en', 'at {t}, {n|x|y}'],
		// A value is text, never a pattern: `$&` and braces in it are not read.
		['a value with $& and braces', 'stream {s}', { s: '$&{t}' }, 'en', 'stream $&{t}'],
		['braces that are no placeholder', '{"amount":5} {t}', { t: 1 }, 'en', '{"amount":5} 1']
	])('%s', (_name, text, params, lang, expected) => {
		expect(format(text, params, lang)).toBe(expected);
	});

	it('gives the same text every time it is asked (compiled once, then reused)', () => {
		for (const n of [1, 2, 1])
			expect(format('{n} {n|row|rows}', { n }, 'en')).toBe(`${n} ${n === 1 ? 'row' : 'rows'}`);
	});

	it('gives a Korean particle after a placeholder the form the filled-in word takes', () => {
		const text = '이벤트 #{position}이(가) 틱 {tick}(으)로 지연됨';
		expect(format(text, { position: 2, tick: 13 }, 'ko')).toBe('이벤트 #2가 틱 13으로 지연됨');
		expect(format(text, { position: 1, tick: 14 }, 'ko')).toBe('이벤트 #1이 틱 14로 지연됨');
		expect(format('{consumer}이(가) 적용', { consumer: 'naive' }, 'ko')).toBe('naive이(가) 적용');
	});
});
