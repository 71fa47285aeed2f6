/**
 * The UI language: English or Korean (the notes EventScope comes from are Korean). The address
 * says which: Korean pages live under `/ko/…` (see paths.ts), prerendered in Korean. A first
 * visit to an English address follows the browser's language (`ko*` gives Korean); once the user
 * picks one, the choice is remembered in localStorage and wins. app.html applies that rule
 * (`langOf`) before the first paint, by moving to the Korean address. `t(key, params)` looks a
 * string up in the current language, falling back to English, then to the key itself.
 *
 * A page downloads only its own language's strings: the root layout's `load` awaits
 * `loadMessages(lang)` before setting `locale.lang`, so nothing renders before its table is there
 * (prerendering loads both; a switch of language loads the other one, then shows it).
 */
import { format } from './format';
import { browser } from '$app/environment';
import { storageKeys, writeKey } from '$lib/persist/storage';

export type Lang = 'en' | 'ko';
export const langs: readonly Lang[] = ['en', 'ko'];
const storageKey = storageKeys.lang;

type Dict = Record<string, string>;
const dictionaries: Partial<Record<Lang, Dict>> = {};
const tables: Record<Lang, () => Promise<{ default: Dict }>> = {
	en: () => import('./messages/en'),
	ko: () => import('./messages/ko')
};

/** Bumped when a table arrives, so that a `t` that fell back to English looks again. */
let arrived = $state(0);

/** Fetches `lang`'s strings (once); `t` finds them from then on. */
export async function loadMessages(lang: Lang): Promise<void> {
	if (dictionaries[lang]) return;
	dictionaries[lang] = (await tables[lang]()).default;
	arrived++;
}

/** The language for a saved choice (if any) and the browser's languages, most preferred first. */
export function langOf(saved: string | null, browserLangs: readonly string[]): Lang {
	if (saved === 'ko' || saved === 'en') return saved;
	const first = browserLangs.find((tag) => /^(ko|en)\b/i.test(tag)) ?? '';
	return /^ko\b/i.test(first) ? 'ko' : 'en';
}

/** Before the first load: the language the page was prerendered in (set on <html lang>). */
function initial(): Lang {
	return browser && document.documentElement.lang === 'ko' ? 'ko' : 'en';
}

class Locale {
	#lang = $state<Lang>(initial());

	get lang(): Lang {
		return this.#lang;
	}

	/** The language of the page being shown (its address's): not a choice, nothing is saved. */
	set lang(value: Lang) {
		this.#lang = value;
		if (browser) document.documentElement.lang = value;
	}

	/** The user picks a language: remembered for their next first visit, shown once its strings are here. */
	async choose(value: Lang): Promise<void> {
		if (browser) writeKey(storageKey, value);
		await loadMessages(value);
		this.lang = value;
	}
}

export const locale = new Locale();

/** The string for `key` in the current language, its placeholders filled in (see `format`). */
export function t(key: string, params: Record<string, string | number> = {}): string {
	void arrived;
	const text = dictionaries[locale.lang]?.[key] ?? dictionaries.en?.[key] ?? key;
	return format(text, params, locale.lang);
}
