// Gzipped size of the JavaScript a first visit to a route loads: every module the prerendered
// page preloads (SvelteKit lists the route's whole static import graph as modulepreload links;
// src/hooks.server.ts adds the page's language table, which the root layout imports dynamically).
// Code imported on demand (a panel, the settings form, the share codec) is not counted.
// Usage: node tests/perf/size.mjs [buildDir] [route]   (defaults: build, every route)
// A route is a prerendered page's path without .html (`sim`, `lessons/outbox`, `ko/sim`); with
// none given it reports every route, one line per route pattern (English and Korean pages of a
// route, and every lesson page, count as one: the largest of them). budget.mjs checks them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first-visit JavaScript of one prerendered page (`htmlFile` relative to `dir`). */
export function firstLoad(dir, htmlFile) {
	const html = readFileSync(join(dir, htmlFile), 'utf8');
	const files = new Set(
		[
			...html.matchAll(
				/(?:href|import\()\s*=?\s*["']\.?\.?\/?([^"']*_app\/immutable\/[^"']+\.js)["']/g
			)
		].map((m) => m[1].replace(/^(\.\/|\.\.\/)+/, ''))
	);
	let raw = 0;
	let gz = 0;
	for (const f of files) {
		const body = readFileSync(join(dir, f));
		raw += body.length;
		gz += gzipSync(body, { level: 9 }).length;
	}
	return { files: files.size, raw, gz };
}

/** The route pattern of a page: `ko/` dropped, `lessons/<slug>` as `lessons/[slug]`. */
export function patternOf(page) {
	const path = page.replace(/\.html$/, '').replace(/^ko(\/|$)/, '');
	if (path === '') return 'index';
	if (/^lessons\/[^/]+$/.test(path) && !['lessons/edit', 'lessons/play'].includes(path))
		return 'lessons/[slug]';
	return path;
}

function htmlFiles(dir, sub = dir) {
	return readdirSync(sub, { withFileTypes: true }).flatMap((entry) => {
		const path = join(sub, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(dir, path);
		return entry.name.endsWith('.html') ? [relative(dir, path)] : [];
	});
}

/** Every route pattern of a build, with its largest page's first-visit JavaScript. */
export function everyRoute(dir) {
	const routes = new Map();
	for (const page of htmlFiles(dir)) {
		if (page === '404.html') continue;
		const size = { ...firstLoad(dir, page), page };
		const pattern = patternOf(page);
		const known = routes.get(pattern);
		if (!known || size.gz > known.gz) routes.set(pattern, size);
	}
	return new Map([...routes].sort(([a], [b]) => a.localeCompare(b)));
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const route = process.argv[3];
	if (route) {
		const { files, raw, gz } = firstLoad(dir, `${route}.html`);
		console.log(`/${route}: ${files} JS files, ${kb(raw)} KB raw, ${kb(gz)} KB gzipped`);
	} else {
		for (const [pattern, { files, raw, gz, page }] of everyRoute(dir))
			console.log(
				`/${pattern.padEnd(18)} ${String(files).padStart(3)} JS files ${kb(raw).padStart(7)} KB raw ${kb(gz).padStart(7)} KB gzipped  (largest: /${page.replace(/\.html$/, '')})`
			);
	}
}
