/**
 * The summary of a finished run: what `npm run sim -- --json` prints and what the UI's count
 * panels show. Every number is read off the run's state and trace.
 */
import type { RunCounts } from '../run/counts';

export interface LagStats {
	/** Events applied at least once by this consumer. */
	events: number;
	meanTicks: number;
	p95Ticks: number;
	maxTicks: number;
}

export interface ReadModelReport {
	readModel: string;
	state: unknown;
	truth: unknown;
	converged: boolean;
	lag: LagStats;
}

/** storage "state": one entry of the audit log (what the developer chose to log, no more). */
export interface AuditEntry {
	t: number;
	command: string;
	stream: string;
	commandType: string;
	/** The row's version after the update. */
	version: number;
}

export interface RunReport {
	format: string;
	title: string;
	domain: string;
	seed: number;
	ticks: number;
	traceHash: string;
	streams: Record<string, { version: number; state: unknown }>;
	readModels: Record<string, ReadModelReport>;
	counts: RunCounts;
	loads: { count: number; eventsReplayed: number; snapshotsUsed: number };
	snapshots: { taken: number };
	/** "Stock below the threshold": a full scan of the store against reading the read model. */
	cqrs: {
		fullScan: { streamsLoaded: number; eventsReplayed: number };
		readModel: { rowsRead: number };
	} | null;
	/** storage "state" only: the audit log (the rows are in `streams`; lost writes are `counts.logLost`). */
	auditLog?: AuditEntry[];
}
