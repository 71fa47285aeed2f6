/**
 * One Korean vocabulary for the whole interface, lessons and UI alike, taken from the notes
 * EventScope was made from (/work/shared/seed/glossary.md): where the notes name a thing, the
 * interface says it their way, so a learner who read them recognises it. Each term lists the
 * variants that were decided against; `rejectedIn` finds them in a Korean text, and the specs
 * (`glossary.spec.ts`) run it over every UI string and every lesson.
 */

export interface Term {
	/** The English word, as the English UI says it. */
	readonly en: string;
	/** The Korean word to use. */
	readonly ko: string;
	/** Variants not to use, as patterns over Korean text. */
	readonly rejected: readonly RegExp[];
	/** Why, where it is not obvious. */
	readonly note?: string;
}

export const glossary = {
	replay: {
		en: 'replay',
		ko: '리플레이',
		rejected: [/재생/],
		note: '재생 is only the Play button (playKeys)'
	},
	command: {
		en: 'command',
		ko: '커맨드',
		rejected: [/명령(?!형)/],
		note: '명령형 is the imperative mood'
	},
	consumer: { en: 'consumer', ko: '컨슈머', rejected: [/소비자/] },
	message: { en: 'message', ko: '메시지', rejected: [/메세지/], note: 'the standard spelling' },
	readModel: {
		en: 'read model',
		ko: 'read 모델',
		rejected: [/읽기\s*모델/, /리드\s*모델/]
	},
	atLeastOnce: {
		en: 'at-least-once delivery',
		ko: '적어도 1번 전달',
		rejected: [/최소\s*(한|1)\s*(번|회)/, /적어도\s*한\s*번/]
	},
	exactlyOnce: {
		en: 'exactly-once delivery',
		ko: '정확히 1번 전달',
		rejected: [/정확히\s*한\s*번/]
	},
	atMostOnce: {
		en: 'at-most-once delivery',
		ko: '최대 1번 전달',
		rejected: [/최대\s*한\s*번/],
		note: 'written like the notes’ 적어도 1번'
	},
	fullScan: { en: 'full scan', ko: '풀 스캔', rejected: [/전체\s*스캔/] },
	domainObject: { en: 'domain object', ko: '도메인 오브젝트', rejected: [/도메인\s*객체/] },
	eventStore: { en: 'event store', ko: '이벤트 저장소', rejected: [/이벤트\s*스토어/] },
	staleRead: { en: 'stale read', ko: '오래된 읽기', rejected: [/낡은/] },
	redelivery: { en: 'redelivery', ko: '재전송', rejected: [/재전달/] },
	crash: {
		en: 'crash',
		ko: '크래시',
		rejected: [/중단/, /죽/, /다운/],
		note: 'a crashed node is 크래시됨'
	},
	restart: { en: 'restart', ko: '재시작', rejected: [/살아나/, /살아난/] },
	truth: {
		en: 'truth (what a read model should show)',
		ko: '정답',
		rejected: [/진실/]
	},
	converged: { en: 'converged', ko: '수렴', rejected: [/(?<!불)일치/] },
	diverged: { en: 'diverged', ko: '어긋남', rejected: [/불일치/] },
	pause: { en: 'Pause', ko: '일시정지', rejected: [/일시\s+정지/] },
	howItWorks: {
		en: 'How it works',
		ko: '동작 원리',
		rejected: [/모델\s*설명/],
		note: '모델 alone collides with read 모델'
	}
} as const satisfies Record<string, Term>;

export type TermName = keyof typeof glossary;

/** The Korean word for a term. */
export function ko(term: TermName): string {
	return glossary[term].ko;
}

/** The rejected variants in `text`: which term, and what matched. Empty when the text is clean. */
export function rejectedIn(text: string): { term: TermName; found: string }[] {
	const found: { term: TermName; found: string }[] = [];
	for (const [name, term] of Object.entries(glossary) as [TermName, Term][])
		for (const pattern of term.rejected) {
			const match = pattern.exec(text);
			if (match) found.push({ term: name, found: match[0] });
		}
	return found;
}

/** UI keys where 재생 is right: the Play button and what it does. */
export const playKeys: ReadonlySet<string> = new Set([
	'sim.timeline.play',
	'sim.keys.toggle',
	'labs.cmp.play',
	'lessons.playing',
	'lessons.play',
	'lessons.playHint',
	'lessons.keys.toggle',
	'panels.events.empty'
]);

/** Terms that keep a Latin word beside a Korean one, or two Latin words, on one line. */
const unbroken = /\b(read|Command|Query) (모델|Side)/g;

/**
 * `text` with a no-break space inside each term that must not break across lines: Korean wraps
 * at spaces (word-break: keep-all), and "read" at a line's end with "모델" on the next reads as
 * two words. Applied once per string where Korean text is rendered (the UI's dictionary, the
 * lessons' captions), not in the sources, so the sources stay plain to read and search.
 */
export function keepTermsWhole(text: string): string {
	return text.includes(' ') ? text.replace(unbroken, '$1\u00a0$2') : text;
}
