/**
 * Fills a UI string's placeholders: `{name}` is the parameter; `{name|one|other}` picks the form
 * the language's plural rules give for that number ("1 event", "2 events"). Korean needs none.
 */
export function format(
	text: string,
	params: Readonly<Record<string, string | number>>,
	lang: string
): string {
	const rules = new Intl.PluralRules(lang);
	return text
		.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) =>
			name in params ? (rules.select(Number(params[name])) === 'one' ? one : other) : m
		)
		.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
