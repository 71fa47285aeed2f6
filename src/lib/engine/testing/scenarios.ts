/**
 * Test helpers: build a valid Scenario from a partial one (defaults filled in by the real
 * schema), run it, and read what the run says. Used by the engine's specs and properties.
 */
import { parseScenario, formatScenarioErrors, type ScenarioInput } from '../scenario/schema';
import type { Scenario } from '../scenario/types';
import { report, simulate, type Run, type RunReport } from '../simulation';
import type { TraceOf, TraceType } from '../run/trace';

export function scenario(input: Omit<ScenarioInput, 'format'>): Scenario {
	const parsed = parseScenario({ format: 'eventscope/1', ...input });
	if (!parsed.ok) throw new Error(`invalid test scenario:\n${formatScenarioErrors(parsed.errors)}`);
	return parsed.scenario;
}

export function run(input: Omit<ScenarioInput, 'format'>): { run: Run; report: RunReport } {
	const r = simulate(scenario(input));
	return { run: r, report: report(r) };
}

export function traceOf<K extends TraceType>(r: Run, type: K): TraceOf<K>[] {
	return r.logs.trace.filter((x): x is TraceOf<K> => x.type === type);
}
