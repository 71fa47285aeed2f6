import { describe, expect, it } from 'vitest';
import { resolveJosa } from './josa';

describe('resolveJosa: Korean particles after a filled-in word', () => {
	it('after a Hangul syllable, by its final consonant', () => {
		expect(resolveJosa('저장소을(를) 읽음')).toBe('저장소를 읽음');
		expect(resolveJosa('핸들러이(가) 로드')).toBe('핸들러가 로드');
		expect(resolveJosa('이벤트 저장소(으)로')).toBe('이벤트 저장소로');
		expect(resolveJosa('스트림이(가) 바뀜')).toBe('스트림이 바뀜');
		expect(resolveJosa('스트림(으)로')).toBe('스트림으로');
		expect(resolveJosa('파일(으)로')).toBe('파일로');
		expect(resolveJosa('모델과(와) 진실')).toBe('모델과 진실');
	});

	it('after a number, as it is read aloud', () => {
		expect(resolveJosa('이벤트 #1이(가) 적용됨')).toBe('이벤트 #1이 적용됨'); // 일
		expect(resolveJosa('이벤트 #2이(가) 적용됨')).toBe('이벤트 #2가 적용됨'); // 이
		expect(resolveJosa('이벤트 7을(를) 두 번')).toBe('이벤트 7을 두 번'); // 칠
		expect(resolveJosa('이벤트 9을(를) 두 번')).toBe('이벤트 9를 두 번'); // 구
		expect(resolveJosa('틱 14(으)로 이동')).toBe('틱 14로 이동'); // 사
		expect(resolveJosa('틱 13(으)로 이동')).toBe('틱 13으로 이동'); // 삼
		expect(resolveJosa('틱 17(으)로 이동')).toBe('틱 17로 이동'); // 칠: ㄹ takes 로
		expect(resolveJosa('틱 20(으)로 이동')).toBe('틱 20으로 이동'); // 이십
		expect(resolveJosa('사본 m12이(가) 도착')).toBe('사본 m12가 도착');
	});

	it('keeps the generic form after a word it cannot read (a Latin id), and leaves other text be', () => {
		expect(resolveJosa('naive이(가) 적용')).toBe('naive이(가) 적용');
		expect(resolveJosa('(으)로 시작')).toBe('(으)로 시작');
		expect(resolveJosa('발행 (outbox)')).toBe('발행 (outbox)');
	});
});
