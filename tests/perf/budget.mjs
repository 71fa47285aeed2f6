// The CI budget check: every route's first-visit JavaScript (gzipped, as tests/perf/size.mjs
// measures it) within its budget in tests/budget/budgets.json. Reads a build made before it (the
// end-to-end step of `npm test` builds one); deterministic, a second or two.
// Usage: node tests/perf/budget.mjs [buildDir]   (default build). Exit status 1 if any route is
// over its budget or there is no build to measure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyRoute } from './size.mjs';

const dir = process.argv[2] ?? 'build';
if (!existsSync(join(dir, 'index.html'))) {
	console.error(`budget: no build in ${dir}/ (run npm run build first)`);
	process.exit(1);
}
const budgets = JSON.parse(
	readFileSync(new URL('../budget/budgets.json', import.meta.url), 'utf8')
);
let over = 0;
for (const [route, { gz, page }] of everyRoute(dir)) {
	const budget = budgets.routes[route] ?? budgets.default;
	const kb = gz / 1024;
	const ok = kb <= budget;
	if (!ok) over++;
	console.log(
		`${ok ? 'ok  ' : 'OVER'} /${route.padEnd(18)} ${kb.toFixed(1).padStart(6)} KB of ${String(budget).padStart(3)} KB${ok ? '' : `  (largest page: /${page.replace(/\.html$/, '')})`}`
	);
}
if (over) {
	console.error(
		`budget: ${over} route(s) over budget (tests/budget/budgets.json): load the rest on demand, or raise the budget on purpose`
	);
	process.exit(1);
}
console.log('budget: every route within its budget');
