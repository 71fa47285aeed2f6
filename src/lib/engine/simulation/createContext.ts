/**
 * Builds a run's context (run/context.ts) from its scenario: the domains' deciders and the
 * consumers' projections it uses, its expanded commands, and its schedules indexed by tick. It
 * lives here, above the subsystems, because it is the one place that wires them in; the context
 * itself, which every subsystem reads, stays on the ground floor.
 */
import { domains, owningDomain } from '../domains';
import { emptyRecord } from '../own';
import type { Projection } from '../readSide/projection';
import { projections } from '../readSide/projections';
import { expandCommands } from '../scenario/schema';
import type { Scenario } from '../scenario/types';
import { newLogs, type Context } from '../run/context';
import type { Logs } from '../run/world';

function byTick<T extends { at: number }>(items: readonly T[]): Map<number, T[]> {
	const map = new Map<number, T[]>();
	for (const item of items) {
		const list = map.get(item.at);
		if (list) list.push(item);
		else map.set(item.at, [item]);
	}
	return map;
}

/** The context of a run of `scenario`, sharing `logs` with its other replays when given. */
export function createContext(scenario: Scenario, logs: Logs = newLogs()): Context {
	const domain = domains[scenario.domain];
	const projectionOf = emptyRecord<Projection>();
	for (const c of scenario.consumers) projectionOf[c.id] = projections[c.readModel];
	const queriesAt = new Map<number, number[]>();
	scenario.queries.forEach((q, i) => {
		const list = queriesAt.get(q.at);
		if (list) list.push(i);
		else queriesAt.set(q.at, [i]);
	});
	const deciderOptions = { eventStyle: scenario.options.eventStyle };
	const decider = domain.decider(deciderOptions);
	const several = scenario.domains;
	const deciders = new Map((several ?? []).map((n) => [n, domains[n].decider(deciderOptions)]));
	const domainOf = several
		? (streamId: string) => owningDomain(several, streamId) ?? domain
		: () => domain;
	return {
		scenario,
		commands: expandCommands(scenario),
		domain,
		decider,
		domainOf,
		deciderOf: several ? (streamId) => deciders.get(domainOf(streamId).name)! : () => decider,
		storeOf: several
			? (streamId) => several.indexOf(domainOf(streamId).name as (typeof several)[number])
			: () => 0,
		severalStores: several !== undefined,
		projectionOf,
		projectionOptions: { lowStockThreshold: scenario.options.lowStockThreshold },
		faultsAt: byTick(scenario.faults),
		interventionsAt: byTick(scenario.interventions),
		queriesAt,
		logs,
		folds: new Map()
	};
}
