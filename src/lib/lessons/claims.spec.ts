/**
 * What the lessons SAY about their runs, checked on those runs: a caption that claims order,
 * convergence or a second handler must be true of what the learner watches. (The asks are
 * checked by the runner itself: exactly one choice is right when the answer is revealed.)
 */
import { describe, expect, it } from 'vitest';
import {
	domainTable,
	eventAt,
	type Run,
	sameView,
	type Scenario,
	simulate,
	truthOf,
	worldAt
} from '$lib/engine';
import { lessonBySlug, resolveLesson } from '.';

const runOf = (slug: string) => {
	const lesson = lessonBySlug(slug);
	if (!lesson) throw new Error(`no lesson ${slug}`);
	return resolveLesson(lesson);
};

const converged = (r: Run, consumer: string): boolean => {
	const c = r.final.consumers.find((x) => x.id === consumer)!;
	const view = r.ctx.projectionOf[consumer];
	return sameView(
		view.view(c.model, r.ctx.projectionOptions),
		view.view(truthOf(r.ctx, r.final, consumer), r.ctx.projectionOptions)
	);
};

/** Per (consumer, instance): each stream's applied versions, in apply order. */
function versionsByInstance(r: Run): Map<string, Map<string, number[]>> {
	const out = new Map<string, Map<string, number[]>>();
	for (const rec of r.logs.trace) {
		if (rec.type !== 'EventApplied') continue;
		const e = eventAt(r.logs, rec.position);
		const key = `${rec.consumer}#${rec.instance + 1}`;
		const streams = out.get(key) ?? new Map<string, number[]>();
		streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e.version]);
		out.set(key, streams);
	}
	return out;
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);
const nonDecreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]);

describe('what the delivery lessons say', () => {
	it('consumer groups: each member reads its partitions in order; a re-read after the crash is in order too', () => {
		const { run } = runOf('consumer-groups');
		expect(run.scenario.options.broker).toBe('log');
		for (const streams of versionsByInstance(run).values())
			for (const versions of streams.values()) expect(increasing(versions)).toBe(true);
		// Across the group, the one record read again comes right where it was: never older.
		const all = new Map<string, number[]>();
		for (const rec of run.logs.trace)
			if (rec.type === 'EventApplied') {
				const e = eventAt(run.logs, rec.position);
				all.set(e.streamId, [...(all.get(e.streamId) ?? []), e.version]);
			}
		for (const versions of all.values()) expect(nonDecreasing(versions)).toBe(true);
		expect(run.final.counts.redelivered).toBeGreaterThan(0);
	});

	it('a log keeps order: the unchecked set converges; the same run under a queue does not', () => {
		const { run, scenario } = runOf('log-order');
		expect(converged(run, 'naive')).toBe(true);
		const queue: Scenario = { ...scenario, options: { ...scenario.options, broker: 'queue' } };
		expect(converged(simulate(queue), 'naive')).toBe(false);
	});

	it('a log’s duplicates: the producer retry and the re-read after a crash come in order', () => {
		const { run } = runOf('log-duplicates');
		expect(run.logs.trace.some((r) => r.type === 'RecordAppended' && r.retry)).toBe(true);
		expect(converged(run, 'naive')).toBe(false);
		expect(converged(run, 'deduped')).toBe(true);
		for (const streams of versionsByInstance(run).values())
			for (const versions of streams.values()) expect(nonDecreasing(versions)).toBe(true);
	});

	it('reordering: the newer-version check ends right, the unchecked set does not', () => {
		const { run } = runOf('reordering');
		expect(converged(run, 'gated')).toBe(true);
		expect(converged(run, 'naive')).toBe(false);
	});

	it.each(['duplicates', 'reordering', 'at-most-once', 'at-least-once'])(
		'%s says its broker is a queue, and it is',
		(slug) => {
			expect(runOf(slug).scenario.options.broker).toBe('queue');
		}
	);
});

describe('what the CQRS and downsides lessons say', () => {
	it('eventual consistency: once the writes stop, the read model converges', () => {
		const { run } = runOf('eventual-consistency');
		for (const c of run.scenario.consumers) expect(converged(run, c.id)).toBe(true);
	});

	it.each(['uniqueness-race', 'username-reservation'])(
		'%s speaks of two handlers, and two handlers work on the commands',
		(slug) => {
			const { run } = runOf(slug);
			const handlers = new Set(
				run.logs.trace.flatMap((r) => (r.type === 'CommandLoaded' ? [r.handler] : []))
			);
			expect(handlers).toEqual(new Set(['h1', 'h2']));
		}
	);
});

describe('what the state-and-audit-log lesson says', () => {
	it('the audit log misses the crashed write, names no item, and the removals view learns nothing; stored as events, the same commands answer', () => {
		const { run } = runOf('state-and-audit-log');
		const audit = run.logs.trace.filter((r) => r.type === 'AuditWritten');
		const lost = run.logs.trace.filter((r) => r.type === 'AuditLost');
		expect(lost.map((r) => r.command)).toEqual(['c3']);
		expect(audit.map((r) => r.command)).toEqual(['c1', 'c2', 'c4']);
		expect(JSON.stringify(audit)).not.toContain('apple');
		const row = run.final.rows['cart-alice'];
		expect(row.state).toEqual({ items: { pear: 1, fig: 3 }, checkedOut: false });
		const removals = run.final.consumers.find((c) => c.id === 'removals')!;
		expect(removals.model).toEqual({});
		// The same commands stored as events (lesson 1's way) keep ItemRemoved(apple) for good.
		const options = { ...run.scenario.options, logCrash: undefined, storage: undefined };
		const asEvents = simulate({ ...run.scenario, options: { ...options, publish: 'outbox' } });
		const removed = asEvents.logs.events.filter((e) => e.type === 'ItemRemoved');
		expect(removed.map((e) => e.data)).toEqual([{ sku: 'apple' }]);
	});
});

describe('what the CQS-to-CQRS lesson says', () => {
	it('a query changes no state: the store’s head is the same before and after each answer, and no query appends', () => {
		const { run } = runOf('cqs-to-cqrs');
		const answers = run.logs.trace.filter((r) => r.type === 'QueryAnswered');
		expect(answers.length).toBe(4);
		for (const a of answers) {
			expect(worldAt(run, a.t - 1).storeHead).toBe(worldAt(run, a.t).storeHead);
			expect(
				run.logs.trace.some((r) => r.type === 'EventAppended' && r.t === a.t),
				`an event appended at t${a.t}`
			).toBe(false);
		}
		// Every event comes from a command; there is one per Add.
		const adds = run.logs.trace.filter((r) => r.type === 'CommandAccepted');
		expect(run.final.storeHead).toBe(adds.length);
	});

	it('the two sides fail apart: commands are stored while the view is down, a read then is stale, the view catches up', () => {
		const { run } = runOf('cqs-to-cqrs');
		const crash = run.logs.trace.find((r) => r.type === 'NodeCrashed')!;
		const restart = run.logs.trace.find((r) => r.type === 'NodeRestarted')!;
		expect(crash.target).toEqual({ kind: 'instance', consumer: 'view', instance: 0 });
		const storedMeanwhile = run.logs.trace.filter(
			(r) => r.type === 'CommandAccepted' && r.t > crash.t && r.t < restart.t
		);
		expect(storedMeanwhile.length).toBe(2);
		const readMeanwhile = run.logs.trace.filter(
			(r) => r.type === 'QueryAnswered' && r.t > crash.t && r.t < restart.t
		);
		expect(readMeanwhile.map((r) => r.type === 'QueryAnswered' && r.stale)).toEqual([true]);
		expect(converged(run, 'view')).toBe(true);
	});
});

describe('what the joins-across-domains lesson says', () => {
	it('one read model applies both domains’ events; one inventory event changes both carts’ rows', () => {
		const { run } = runOf('joins-across-domains');
		const applied = run.logs.trace.filter((r) => r.type === 'EventApplied');
		const domainsApplied = new Set(
			applied.map((r) => run.ctx.domainOf(eventAt(run.logs, r.position).streamId).name)
		);
		expect(domainsApplied).toEqual(new Set(['cart', 'inventory']));
		const shipped = run.logs.events.find((e) => e.type === 'StockShipped')!;
		const rows = applied.flatMap((r) =>
			r.type === 'EventApplied' && r.position === shipped.globalPosition ? [r.rows] : []
		);
		expect(rows).toEqual([['cart-ann', 'cart-bob']]);
		expect(converged(run, 'carts')).toBe(true);
	});

	it('the cart decides alone: figs go in a cart before the inventory lists them; the two stores keep different formats', () => {
		const { run } = runOf('joins-across-domains');
		const fig = run.logs.events.filter((e) => JSON.stringify(e.data).includes('fig'));
		expect(fig.map((e) => `${e.streamId} ${e.type}`)).toEqual([
			'cart-bob ItemAdded',
			'product-fig ProductListed'
		]);
		const [added, listed] = fig;
		expect(domainTable('cart').value(added)).toEqual(['ItemAdded', '{"sku":"fig","qty":3}']);
		expect(domainTable('inventory').value(listed)).toEqual(['ProductListed', '1', 'fig|Fig']);
	});
});
