/**
 * The UI language: English or Korean (the notes EventScope comes from are Korean). The address
 * says which: Korean pages live under `/ko/…` (see paths.ts), prerendered in Korean. A first
 * visit to an English address follows the browser's language (`ko*` gives Korean); once the user
 * picks one, the choice is remembered in localStorage and wins. app.html applies that rule
 * (`langOf`) before the first paint, by moving to the Korean address. `t(key, params)` looks a
 * string up in the current language, falling back to English, then to the key itself.
 *
 * A page downloads only its own language's strings, and of those only the areas it shows: the
 * root layout's `load` awaits `loadMessages(lang, areasOf(route))` (routeAreas.ts) before setting
 * `locale.lang`, so nothing renders before its strings are there; a part of the page loaded on
 * demand awaits its own areas (`lazy(…, areas)`) before it shows. A switch of language loads
 * every area asked for so far in the other language, then shows it.
 */
import { format } from './format';
import { areaNames, type Area } from './messages/loaders';
import { browser } from '$app/environment';
import { storageKeys, writeKey } from '$lib/persist/storage';

export type Lang = 'en' | 'ko';
export const langs: readonly Lang[] = ['en', 'ko'];
const storageKey = storageKeys.lang;

type Dict = Record<string, string>;
type Loaders = Record<Area, () => Promise<Dict>>;
const dictionaries: Record<Lang, Dict> = { en: {}, ko: {} };
const tables: Record<Lang, () => Promise<{ default: Loaders }>> = {
	en: () => import('./messages/en'),
	ko: () => import('./messages/ko')
};
/** Each language's areas loaded (or on their way). */
const loading: Record<Lang, Map<Area, Promise<void>>> = { en: new Map(), ko: new Map() };
/** Every area a page has asked for: a switch of language loads them all in the new one. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, nothing renders from it
const wanted = new Set<Area>();

/** Bumped when a table arrives, so that a `t` that fell back to English looks again. */
let arrived = $state(0);

/**
 * Fetches `lang`'s strings of `areas` (each once; all of them when none are given); `t` finds
 * them from then on.
 */
export async function loadMessages(lang: Lang, areas: readonly Area[] = areaNames): Promise<void> {
	await Promise.all(
		areas.map((area) => {
			wanted.add(area);
			let done = loading[lang].get(area);
			if (!done) {
				done = tables[lang]()
					.then(({ default: loaders }) => loaders[area]())
					.then((table) => {
						Object.assign(dictionaries[lang], table);
						arrived++;
					});
				done.catch(() => loading[lang].delete(area));
				loading[lang].set(area, done);
			}
			return done;
		})
	);
}

/** The current language's strings of `areas` (a part of a page loaded on demand awaits them). */
export function loadAreas(areas: readonly Area[]): Promise<void> {
	return loadMessages(locale.lang, areas);
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
		await loadMessages(value, [...wanted]);
		this.lang = value;
	}
}

export const locale = new Locale();

/** The string for `key` in the current language, its placeholders filled in (see `format`). */
export function t(key: string, params: Record<string, string | number> = {}): string {
	void arrived;
	const text = dictionaries[locale.lang][key] ?? dictionaries.en[key];
	if (text === undefined) {
		missing(key);
		return format(key, params, locale.lang);
	}
	return format(text, params, locale.lang);
}

/**
 * A key in none of the loaded areas: a page forgot to ask for its area (routeAreas.ts, or a
 * lazy part's `lazy(…, areas)`). Never leave the key on screen: load every area of the language,
 * and `t` answers again once they are here. It logs an error, which fails any end-to-end test that
 * meets it (tests/e2e/fixtures.ts; message-keys.spec.ts visits every route in both languages).
 */
function missing(key: string): void {
	if (!browser) return;
	const lang = locale.lang;
	if (areaNames.every((area) => loading[lang].has(area))) return;
	console.error(`i18n: "${key}" is in an area this page did not load; loading them all`);
	void loadMessages(lang);
}
