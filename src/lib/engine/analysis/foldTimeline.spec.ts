import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/schema';
import { simulate, type Run } from '../simulation';
import { lossyCounter } from '../testing/arbitraries';
import { isFoldAt } from './foldTimeline';

/** The definition, by brute force: fold what the consumer applied, in store order, and compare. */
function isFoldByRefolding(run: Run, consumer: string, traceLength: number): boolean {
	const projection = run.ctx.projectionOf[consumer];
	const options = run.ctx.projectionOptions;
	const model = projection.init();
	const applied = new Set<number>();
	for (const r of run.logs.trace.slice(0, traceLength))
		if (r.type === 'EventApplied' && r.consumer === consumer) {
			projection.apply(model, run.logs.events[r.position - 1], options);
			applied.add(r.position);
		}
	const fold = projection.init();
	for (const p of [...applied].sort((a, b) => a - b))
		projection.apply(fold, run.logs.events[p - 1], options);
	return (
		JSON.stringify(projection.view(model, options)) ===
		JSON.stringify(projection.view(fold, options))
	);
}

describe('the fold timeline: is a read model the fold of what it applied, at any point', () => {
	it('agrees with refolding from scratch, for every consumer kind, under reordering and duplicates', () => {
		const consumers = [
			{ id: 'view', readModel: 'counter-values' as const, idempotency: 'none' as const },
			{ id: 'dedupe', readModel: 'counter-values' as const, idempotency: 'dedupe-id' as const },
			{ id: 'gate', readModel: 'counter-values' as const, idempotency: 'version-next' as const }
		];
		fc.assert(
			fc.property(
				lossyCounter({ ticks: 150, consumers, options: { delivery: 'at-least-once' } }),
				fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
				(input, cuts) => {
					const parsed = parseScenario({ format: 'eventscope/1', ...input });
					if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
					const run = simulate(parsed.scenario);
					const n = run.logs.trace.length;
					for (const c of consumers)
						for (const cut of [n, ...cuts.map((k) => k % (n + 1))])
							expect(isFoldAt(run, c.id, cut), `${c.id} at ${cut}`).toBe(
								isFoldByRefolding(run, c.id, cut)
							);
				}
			),
			{ numRuns: 100 }
		);
	});
});
