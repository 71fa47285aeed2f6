// No English sentence on a Korean page: every Korean route, read as a Korean learner reads it
// (visible text, and the names and hints a screen reader speaks), may hold Latin script only
// where it is an identifier, a code term or a product's name, or the original of a term given
// in parentheses after its Korean ("이중 쓰기(dual write)").
import { expect, test } from './fixtures';

/** Names from the runs themselves: consumers, clients, streams, event and command types. */
const identifiers = `naive deduped gated safe view group stock contents removals usernames client
	ann bob cy alice apple pear counter counter-values cart-contents stock-levels low-stock
	read-your-writes removed-items username-alice user- counter- ValueSet Added AddItem Add add set
	EventApplied QueryAnswered waitedTicks lag evolve state events truth id n m h ko nothing
	carts cart-view cart- product-`;
/** Code, formats, units and keys as they are written everywhere. */
const codeTerms = `JSON CSV SQL UTF- ID DB ns µs ms s B kB FIFO TCP PageUp PageDown F Space Home End Enter Esc
	Shift Web Worker UNIQUE auto-ack`;
/** Products and projects named as the notes and REFERENCE.md name them. */
const names = `EventScope EventStoreDB Marten Axon Emmett Kafka Redpanda RabbitMQ SQS Amazon`;
/** The notes' own English terms (../shared/seed/glossary.md keeps them in English). */
const notesTerms = `read validation Command Query Side CQRS CQS eventual consistency ack EN English
	getter setter`;

const allowed = new Set(
	[identifiers, codeTerms, names, notesTerms].join(' ').split(/\s+/).filter(Boolean)
);

/** Latin words a Korean reader meets on the page, outside code and parenthesized originals. */
async function latinWords(page: import('@playwright/test').Page): Promise<string[]> {
	return page.evaluate(() => {
		const skip = 'code, kbd, samp, pre, script, style, textarea, [translate="no"]';
		const texts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			if (!el || el.closest(skip) || !el.checkVisibility()) continue;
			texts.push(node.textContent ?? '');
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
			for (const attr of ['aria-label', 'title', 'placeholder'])
				texts.push(el.getAttribute(attr) ?? '');
		return (
			texts
				.join('\n')
				.replace(/\([^()]*\)/g, (group) => (/[가-힣]/.test(group) ? group : ''))
				.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
		);
	});
}

/** The Latin words outside the allow-list on each of the given Korean routes. */
async function strayWords(page: import('@playwright/test').Page, routes: string[]) {
	const found = new Map<string, Set<string>>();
	for (const route of routes) {
		await page.goto(route);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const word of await latinWords(page))
			if (!allowed.has(word)) found.set(word, (found.get(word) ?? new Set()).add(route));
	}
	return [...found].map(([word, where]) => `${word} (${[...where].join(', ')})`);
}

const pages = [
	'/ko',
	'/ko/sim',
	'/ko/lessons',
	'/ko/lab',
	'/ko/lab/compare',
	'/ko/lab/consistency',
	'/ko/lab/snapshots',
	'/ko/model'
];

for (const route of pages)
	test(`${route} speaks Korean, with English only for names and code`, async ({ page }) => {
		expect(await strayWords(page, [route]), 'Latin words on a Korean page').toEqual([]);
	});

test('every Korean lesson speaks Korean, with English only for names and code', async ({
	page
}) => {
	// Twenty pages in one test: a budget for a machine busy with other work, not a wait.
	test.setTimeout(300_000);
	await page.goto('/ko/lessons');
	const lessons = await page
		.getByRole('main')
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	// Once each: the notes' table on the index links lessons again.
	const lessonPages = [...new Set(lessons.filter((path) => /^\/ko\/lessons\/[^/]+$/.test(path)))];
	expect(lessonPages.length).toBeGreaterThan(15);
	expect(await strayWords(page, lessonPages), 'Latin words on Korean lessons').toEqual([]);
});
