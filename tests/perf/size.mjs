// Gzipped size of the JavaScript a first visit to a route loads: every module the prerendered
// page preloads (SvelteKit lists the route's whole static import graph as modulepreload links).
// Usage: node tests/perf/size.mjs [buildDir] [route]   (defaults: build, sim)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'build';
const route = process.argv[3] ?? 'sim';
const html = readFileSync(join(dir, `${route}.html`), 'utf8');
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
console.log(
	`/${route}: ${files.size} JS files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`
);
