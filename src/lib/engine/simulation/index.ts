/** The engine's public face: run a scenario, seek in its timeline, fork it, summarize it. */
export {
	simulate,
	simulation,
	worldAt,
	withIntervention,
	defaultCheckpointEvery
} from './timeline';
export type { Run, Checkpoint, SimulateOptions } from './timeline';
export { report, traceHash, lagStats } from './report';
export type { RunReport, RunCounts, LagStats, ReadModelReport } from './reportTypes';
export type { TraceRecord, TraceType, TraceOf } from '../run/trace';
export type { WorldState, Logs, Copy, Snapshot, ConsumerState, HandlerState } from '../run/world';
