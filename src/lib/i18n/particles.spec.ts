import { describe, expect, it } from 'vitest';
import { format } from './format';
import { resolveJosa } from './josa';
import { areas } from './messages';

/**
 * Every Korean message, filled in as the screen fills it. A number decides its particle (13으로,
 * 12로), but an id, a name or a quote ("naive", “stock”) does not, and a particle written after
 * an aside in brackets must fit the word before the bracket. So a message puts no particle
 * after such a placeholder (it is phrased so that none is needed), nor a misfit after `)`.
 */
const numeric = new Set(
	(
		'after amount arriveAt at behind copies count delivered distinct done duration events every ' +
		'full inFlight interval length limit loads lost m max ms n p position replayed rows runs ' +
		'seconds seeds shown snapshot step t tick ticks times total until version waitingFor'
	).split(' ')
);
/** The words a string placeholder may hold: a Latin id, and a quoted name. */
const words = ['naive', '“stock”'];

const generic = /이\(가\)|을\(를\)|은\(는\)|과\(와\)|\(으\)로|와\(과\)|는\(은\)|를\(을\)|가\(이\)/;
const particle = '(이|가|을|를|은|는|과|와|으로|로)(?=[\\s.,:;!?)]|$)';
/** A particle right after a word the reader cannot hear the end of: an id, or a quote. */
const afterUndecided = new RegExp(`(naive|[^가-힣0-9]”)${particle}`);
/**
 * A particle after an aside in brackets ("이벤트 6(버전 6)이") or after a closing quote: it
 * must fit the word before the bracket or the quote.
 */
const afterAside = new RegExp(`([가-힣0-9])(?:\\([^()]*\\)|”)${particle}`, 'g');

/** The aside's particle where it does not fit the word before the bracket. */
function misfit(shown: string): string | null {
	for (const m of shown.matchAll(afterAside)) {
		const generic = {
			이: '이(가)',
			가: '이(가)',
			을: '을(를)',
			를: '을(를)',
			은: '은(는)',
			는: '은(는)',
			과: '과(와)',
			와: '과(와)',
			으로: '(으)로',
			로: '(으)로'
		}[m[2]]!;
		if (resolveJosa(m[1] + generic) !== m[1] + m[2]) return m[0];
	}
	return null;
}

function samples(text: string, word: string): Record<string, string | number> {
	const params: Record<string, string | number> = {};
	for (const m of text.matchAll(/\{(\w+)[|}]/g)) params[m[1]] = numeric.has(m[1]) ? 13 : word;
	return params;
}

describe('Korean particles on screen', () => {
	it('no filled-in message shows a generic particle or a particle after “)”', () => {
		const bad: string[] = [];
		for (const area of areas)
			for (const [key, text] of Object.entries(area.ko))
				for (const word of words) {
					const shown = format(text, samples(text, word), 'ko');
					if (generic.test(shown) || afterUndecided.test(shown) || misfit(shown))
						bad.push(`${key}: ${shown}`);
				}
		expect([...new Set(bad)]).toEqual([]);
	});
});
