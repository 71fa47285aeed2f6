/**
 * The UI language: English or Korean (the notes EventScope comes from are Korean). The choice is
 * remembered in localStorage and set on <html lang>. `t(key, params)` looks a string up in the
 * current language, falling back to English, then to the key itself (never a blank).
 */
import { format } from './format';
import { browser } from '$app/environment';
import { readKey, storageKeys, writeKey } from '$lib/persist/storage';
import { areas } from './messages';

export type Lang = 'en' | 'ko';
export const langs: readonly Lang[] = ['en', 'ko'];
const storageKey = storageKeys.lang;

type Dict = Record<string, string>;
const dictionaries: Record<Lang, Dict> = { en: {}, ko: {} };
for (const area of areas) {
	Object.assign(dictionaries.en, area.en);
	Object.assign(dictionaries.ko, area.ko);
}

function initial(): Lang {
	if (!browser) return 'en';
	const saved = readKey(storageKey);
	return saved === 'ko' || saved === 'en' ? saved : 'en';
}

class Locale {
	#lang = $state<Lang>(initial());

	get lang(): Lang {
		return this.#lang;
	}

	set lang(value: Lang) {
		this.#lang = value;
		if (browser) {
			writeKey(storageKey, value);
			document.documentElement.lang = value;
		}
	}
}

export const locale = new Locale();

/** The string for `key` in the current language, its placeholders filled in (see `format`). */
export function t(key: string, params: Record<string, string | number> = {}): string {
	const text = dictionaries[locale.lang][key] ?? dictionaries.en[key] ?? key;
	return format(text, params, locale.lang);
}

/** For specs: the merged dictionaries. */
export const allMessages = dictionaries;
