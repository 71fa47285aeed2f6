import { resolveJosa } from './josa';

/**
 * Fills a UI string's placeholders: `{name}` is the parameter; `{name|one|other}` picks the form
 * the language's plural rules give for that number ("1 event", "2 events"). Korean needs none,
 * but its particles after a placeholder take the form the filled-in word needs (see josa.ts).
 */
export function format(
	text: string,
	params: Readonly<Record<string, string | number>>,
	lang: string
): string {
	if (!text.includes('{')) return text;
	let out = '';
	for (const part of partsOf(text)) {
		if (typeof part === 'string') out += part;
		else if (!(part.name in params)) out += part.source;
		else if (part.forms === null) out += String(params[part.name]);
		else
			out +=
				pluralRules(lang).select(Number(params[part.name])) === 'one'
					? part.forms[0]
					: part.forms[1];
	}
	return lang === 'ko' ? resolveJosa(out) : out;
}

/** A placeholder: `{name}` (no forms) or `{name|one|other}`, and how it was written. */
interface Placeholder {
	readonly name: string;
	readonly forms: readonly [string, string] | null;
	readonly source: string;
}

const placeholder = /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g;
/** Each string split once into text and placeholders: a seek fills dozens of strings. */
const compiled = new Map<string, readonly (string | Placeholder)[]>();

function partsOf(text: string): readonly (string | Placeholder)[] {
	let parts = compiled.get(text);
	if (parts) return parts;
	const list: (string | Placeholder)[] = [];
	let last = 0;
	for (const m of text.matchAll(placeholder)) {
		if (m.index > last) list.push(text.slice(last, m.index));
		const forms: [string, string] | null = m[2] === undefined ? null : [m[2], m[3]];
		list.push({ name: m[1], forms, source: m[0] });
		last = m.index + m[0].length;
	}
	if (last < text.length) list.push(text.slice(last));
	// Dictionary strings are a few hundred; anything else (a key with no message) is rare.
	if (compiled.size > 2000) compiled.clear();
	compiled.set(text, (parts = list));
	return parts;
}

const rulesByLang = new Map<string, Intl.PluralRules>();

/** One PluralRules per language: building one costs far more than using it. */
function pluralRules(lang: string): Intl.PluralRules {
	let rules = rulesByLang.get(lang);
	if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
	return rules;
}
