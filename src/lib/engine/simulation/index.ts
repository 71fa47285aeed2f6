/**
 * The simulation's entry for the rest of the engine: run a scenario, seek in its timeline, fork it,
 * summarize it. Outside the engine, import from `$lib/engine` (../index.ts), its one public face.
 */
export {
	simulate,
	simulation,
	worldAt,
	withIntervention,
	defaultCheckpointEvery
} from './timeline';
export type { Run, Checkpoint, SimulateOptions } from './timeline';
export { report, traceHash, lagStats } from './report';
export type { RunReport, LagStats, ReadModelReport } from './reportTypes';
export type { RunCounts } from '../run/counts';
export type { TraceRecord, TraceType, TraceOf } from '../run/trace';
export type { WorldState, Logs, Copy, Snapshot, ConsumerState, HandlerState } from '../run/world';
