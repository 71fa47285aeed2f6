/**
 * Korean particles that depend on the word before them: 이/가, 을/를, 은/는, 과/와, 으로/로.
 * Korean strings write them in the generic form after a placeholder ("{handler}이(가)"), since
 * the word is only known at run time; once it is filled in, this picks the form that word takes,
 * as a Korean reader would say it. A word ending in a Hangul syllable or a digit (read as
 * Sino-Korean: 일, 이, 삼…; a final 0 as 십, 백, 천, 만 or 영) is decided; anything else (a Latin
 * id such as "naive") keeps the generic form, as Korean software commonly writes it.
 */

/** The final consonant of `ch` as read aloud: 'none', 'rieul' (ㄹ) or 'other'; null if unknown. */
function finalOf(ch: string): 'none' | 'rieul' | 'other' | null {
	const code = ch.charCodeAt(0);
	if (code >= 0xac00 && code <= 0xd7a3) {
		const jong = (code - 0xac00) % 28;
		return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
	}
	// 영/십 일 이 삼 사 오 육 칠 팔 구
	const digits = [
		'other',
		'rieul',
		'none',
		'other',
		'none',
		'none',
		'other',
		'rieul',
		'rieul',
		'none'
	] as const;
	if (ch >= '0' && ch <= '9') return digits[Number(ch)];
	return null;
}

const generic = /([^\s])(이\(가\)|을\(를\)|은\(는\)|과\(와\)|\(으\)로)/g;

/** `text` with each generic particle resolved where the word before it says how. */
export function resolveJosa(text: string): string {
	if (!text.includes(')')) return text;
	return text.replace(generic, (whole, before: string, particle: string) => {
		const final = finalOf(before);
		if (final === null) return whole;
		const closed = final !== 'none';
		switch (particle) {
			case '이(가)':
				return before + (closed ? '이' : '가');
			case '을(를)':
				return before + (closed ? '을' : '를');
			case '은(는)':
				return before + (closed ? '은' : '는');
			case '과(와)':
				return before + (closed ? '과' : '와');
			default:
				// ㄹ takes 로 like a vowel does: 일로, 칠로, 파일로.
				return before + (closed && final !== 'rieul' ? '으로' : '로');
		}
	});
}
