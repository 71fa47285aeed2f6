/**
 * The engine's one public face (`$lib/engine`): everything views, lessons, labs, share code, the
 * CLI and the tests outside the engine may use. A lint rule (eslint.config.js) refuses imports of
 * engine internals from outside `src/lib/engine/`, so the modules behind this file can move and
 * split without touching their callers. Named re-exports only, so the face is a list one can read;
 * the engine's modules have no side effects (vite.config.ts tells the bundler so), so a page
 * bundles only what it uses from here.
 */

// Scenarios: the format, its parsing and validation, the examples.
export { scenarioFormat } from './scenario/types';
export type { ConsumerSpec, FaultSpec, Intervention, Scenario } from './scenario/types';
export {
	formatScenarioErrors,
	limits,
	parseScenario,
	parseScenarioText,
	scenarioWarnings
} from './scenario/schema';
export type { ScenarioInput } from './scenario/schema';
export { formatPath, fromIssue } from './scenario/errors';
export type { ScenarioError } from './scenario/errors';
export { nestingMessage, textNestsDeeper } from './scenario/nesting';
export {
	formatTarget,
	instanceParts,
	parseTarget,
	targetCovers,
	targetLabel
} from './scenario/targets';
export type { ConsumerParts, InstanceParts, RelayParts, TargetParts } from './scenario/targets';
export { examples } from './scenario/examples';
export type { ExampleName } from './scenario/examples';

// A run: simulate, seek, fork, summarize.
export { report, simulate, simulation, traceHash, withIntervention, worldAt } from './simulation';
export type {
	ConsumerState,
	Copy,
	Run,
	RunCounts,
	TraceRecord,
	TraceType,
	WorldState
} from './simulation';
export type { RunReport } from './simulation/reportTypes';
export type { TraceOf } from './run/trace';
export type { Logs, StoreState } from './run/world';
export { own } from './own';
export { digest, feed, hashString, newHasher } from './hash';

// The domains and the event store.
export { domains, domainsOf, readModelsOf } from './domains';
export { domainNames } from './domains/decider';
export type { DomainName } from './domains/decider';
export { eventAt, foldStream } from './eventStore/eventStore';
export type { StoredEvent } from './eventStore/types';
export { domainTable, jsonTable, refusedKey, sqlText } from './eventStore/relational';

// The read side.
export { instanceDown, instancePartitioned } from './readSide/instances';
export { storeRelayDown } from './readSide/publishing';
export { consumerLag, logRecords, ownedPartitions, partitionOffsets } from './readSide/log';
export { compareKeys } from './readSide/projections/rows';
export { sameView, truthOf } from './readSide/truth';

// Analysis: facts about a run that views show, computed here once.
export { auditLines } from './analysis/auditLog';
export { divergenceAt } from './analysis/divergence';
export type { Divergence } from './analysis/divergence';
export { checkInvariants, checkReadModel, invariantIds } from './analysis/invariants';
export type { InvariantCheck } from './analysis/invariants';
export { copiesOf, lineageOf } from './analysis/lineage';
export type { LineageStep } from './analysis/lineage';
export { modelVsTruth } from './analysis/modelVsTruth';
export { isPrepared, prepareRun } from './analysis/prepare';
export { inFlightByConsumer, queriesAt, readModelsAt } from './analysis/readModels';
export type { RowStatus } from './analysis/readModels';
export {
	crossings,
	sliceWindow,
	spaceTimeOf,
	spaceTimes,
	windowAround
} from './analysis/spaceTime';
export type { SpaceTimeLine } from './analysis/spaceTime';
export {
	eventTablesAt,
	lastRecords,
	storeExtent,
	streamEvents,
	streamStateAt,
	streamsOf
} from './analysis/streams';

// The labs' computations.
export { comparePresets, presetById, variantScenario } from './analysis/labs/comparePresets';
export type { ComparePreset, VariantSpec } from './analysis/labs/comparePresets';
export {
	consistencyDomains,
	cqrsPoint,
	exampleScenario,
	labConsumer,
	lagSeries,
	maxLagPerTick,
	productCounts,
	sweepDelays,
	sweepPoint,
	sweepSeeds
} from './analysis/labs/consistency';
export type { ConsistencyDomain, CqrsPoint, SweepPoint } from './analysis/labs/consistency';
export {
	changedEvolve,
	checkSnapshotLaw,
	labLogs,
	labSnapshotIntervals,
	labSnapshots,
	labStream,
	labStreamLengths,
	loadAt,
	replayCost,
	replayedAt,
	sampleVersions,
	storageOf
} from './analysis/labs/snapshots';
export type { LawCheck, ReplayCost, Storage } from './analysis/labs/snapshots';
