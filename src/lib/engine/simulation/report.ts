/**
 * The summary of a finished run (the CLI's `--json`, the UI's counts): streams with their folded
 * state, each read model against its truth, the counts, load costs, lag statistics from the
 * trace, the CQRS cost comparison, and `traceHash`, a stable hash of the whole trace.
 */
import { foldStream } from '../eventStore/eventStore';
import { feed, digest, newHasher } from '../hash';
import { own, setOwn } from '../own';
import { projections } from '../readSide/projections';
import { sameView, truthOf } from '../readSide/truth';
import type { Logs } from '../run/world';
import type { Run } from './timeline';
import type { AuditEntry, LagStats, RunReport } from './reportTypes';
import type { TraceRecord } from '../run/trace';

export function traceHash(logs: Logs, length = logs.trace.length): string {
	const h = newHasher();
	for (let i = 0; i < length; i++) feed(h, JSON.stringify(logs.trace[i]));
	return digest(h);
}

export function lagStats(lags: number[]): LagStats {
	if (lags.length === 0) return { events: 0, meanTicks: 0, p95Ticks: 0, maxTicks: 0 };
	const sorted = [...lags].sort((a, b) => a - b);
	const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
	return {
		events: sorted.length,
		meanTicks: Math.round(mean * 100) / 100,
		p95Ticks: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)],
		maxTicks: sorted[sorted.length - 1]
	};
}

function lagsByConsumer(logs: Logs): Map<string, number[]> {
	const lags = new Map<string, number[]>();
	for (const r of logs.trace) {
		if (r.type !== 'EventApplied' || r.lag === null) continue;
		const list = lags.get(r.consumer);
		if (list) list.push(r.lag);
		else lags.set(r.consumer, [r.lag]);
	}
	return lags;
}

/** "Products below the threshold" by replaying every product stream vs reading one view. */
function cqrsCost(run: Run): RunReport['cqrs'] {
	if (run.scenario.domain !== 'inventory') return null;
	const products = Object.keys(run.final.versions).filter((s) => s.startsWith('product-'));
	const eventsReplayed = products.reduce((sum, s) => sum + (own(run.final.versions, s) ?? 0), 0);
	const lowStock = projections['low-stock'];
	const model = lowStock.init();
	for (const e of run.logs.events) lowStock.apply(model, e, run.ctx.projectionOptions);
	const rows = lowStock.view(model, run.ctx.projectionOptions) as unknown[];
	return {
		fullScan: { streamsLoaded: products.length, eventsReplayed },
		readModel: { rowsRead: rows.length }
	};
}

/** storage "state": the audit log's entries, in the order they were written. */
export function auditLogOf(trace: readonly TraceRecord[]): AuditEntry[] {
	const entries: AuditEntry[] = [];
	for (const r of trace)
		if (r.type === 'AuditWritten')
			entries.push({
				t: r.t,
				command: r.command,
				stream: r.stream,
				commandType: r.commandType,
				version: r.version
			});
	return entries;
}

export function report(run: Run): RunReport {
	const { scenario, final, logs, ctx } = run;
	const streams: RunReport['streams'] = {};
	const stateStorage = scenario.options.storage === 'state';
	for (const id of Object.keys(final.versions).sort()) {
		// storage "state": the row as it stands; there are no events to fold.
		const row = stateStorage ? own(final.rows, id) : undefined;
		const version = row?.version ?? own(final.versions, id) ?? 0;
		const { initialState, evolve } = ctx.deciderOf(id);
		const state = row?.state ?? foldStream(logs, id, 0, version, initialState, evolve);
		setOwn(streams, id, { version, state });
	}
	const lags = lagsByConsumer(logs);
	const readModels: RunReport['readModels'] = {};
	for (const c of final.consumers) {
		const projection = ctx.projectionOf[c.id];
		const state = projection.view(c.model, ctx.projectionOptions);
		const truth = projection.view(truthOf(ctx, final, c.id), ctx.projectionOptions);
		setOwn(readModels, c.id, {
			readModel: projection.name,
			state,
			truth,
			converged: sameView(state, truth),
			lag: lagStats(lags.get(c.id) ?? [])
		});
	}
	return {
		format: scenario.format,
		title: scenario.title,
		domain: scenario.domain,
		seed: scenario.seed,
		ticks: scenario.ticks,
		traceHash: traceHash(logs),
		streams,
		readModels,
		counts: { ...final.counts },
		loads: { ...final.loads },
		snapshots: { taken: final.snapshotCount },
		cqrs: cqrsCost(run),
		...(stateStorage ? { auditLog: auditLogOf(logs.trace) } : {})
	};
}
