/**
 * Fills a UI string's placeholders: `{name}` is the parameter; `{name|one|other}` picks the form
 * the language's plural rules give for that number ("1 event", "2 events"). Korean needs none.
 */
export function format(
	text: string,
	params: Readonly<Record<string, string | number>>,
	lang: string
): string {
	if (!text.includes('{')) return text;
	return text
		.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) =>
			name in params ? (pluralRules(lang).select(Number(params[name])) === 'one' ? one : other) : m
		)
		.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const rulesByLang = new Map<string, Intl.PluralRules>();

/** One PluralRules per language: building one costs far more than using it. */
function pluralRules(lang: string): Intl.PluralRules {
	let rules = rulesByLang.get(lang);
	if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
	return rules;
}
