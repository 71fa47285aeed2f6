/**
 * Everything a seek may need that is computed once per run, as one sequence of small steps: the
 * sandbox runs it between frames right after a run is shown, so that no seek, not even the first,
 * waits for a whole-trace pass (see passes.ts).
 */
import type { Run } from '../simulation/timeline';
import { foldTimelines } from './foldTimeline';
import { firstBreachesOf } from './invariants';

export function* prepareRun(run: Run): Generator<void, void, void> {
	yield* firstBreachesOf.ahead(run);
	for (const c of run.scenario.consumers) yield* foldTimelines.ahead(run, c.id);
}

/** Whether `prepareRun` has nothing left to do for `run`. */
export const isPrepared = (run: Run): boolean =>
	firstBreachesOf.has(run) && run.scenario.consumers.every((c) => foldTimelines.has(run, c.id));
