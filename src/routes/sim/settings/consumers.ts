/**
 * Editing the read side without breaking references: queries, faults and interventions name
 * consumers by id (`view`, `view#2`), so renaming a consumer renames them too, and removing one
 * removes them (the caller says how many, so nothing disappears unannounced).
 */
import type { Draft } from 'immer';
import { domainsOf, parseTarget, readModelsOf, type Scenario } from '$lib/engine';

/** `view` and `view#2` name the consumer `view`. */
const names = (target: string, id: string) => {
	const parts = parseTarget(target);
	return parts.kind !== 'relay' && parts.consumer === id;
};
const renamed = (target: string, from: string, to: string) =>
	names(target, from) ? to + target.slice(from.length) : target;

export function renameConsumer(draft: Draft<Scenario>, index: number, to: string): void {
	const from = draft.consumers[index].id;
	draft.consumers[index].id = to;
	if (from === to || draft.consumers.some((c, i) => i !== index && c.id === from)) return;
	for (const query of draft.queries) if (query.consumer === from) query.consumer = to;
	for (const fault of draft.faults) fault.target = renamed(fault.target, from, to);
	for (const v of draft.interventions)
		if (v.kind === 'crash' || v.kind === 'restart') v.target = renamed(v.target, from, to);
}

/** Removes the consumer and everything that names it; returns how many such entries went. */
export function removeConsumer(draft: Draft<Scenario>, index: number): number {
	const [removed] = draft.consumers.splice(index, 1);
	const before = draft.queries.length + draft.faults.length + draft.interventions.length;
	draft.queries = draft.queries.filter((q) => q.consumer !== removed.id);
	draft.faults = draft.faults.filter((f) => !names(f.target, removed.id));
	draft.interventions = draft.interventions.filter(
		(v) => !((v.kind === 'crash' || v.kind === 'restart') && names(v.target, removed.id))
	);
	return before - (draft.queries.length + draft.faults.length + draft.interventions.length);
}

/** Adds a consumer with a fresh id (`view`, `view-2`, …) building the domain's first read model. */
export function addConsumer(draft: Draft<Scenario>): void {
	const taken = new Set(draft.consumers.map((c) => c.id));
	let id = 'view';
	for (let n = 2; taken.has(id); n++) id = `view-${n}`;
	draft.consumers.push({
		id,
		readModel: readModelsOf(domainsOf(draft))[0],
		idempotency: 'none',
		instances: 1,
		startAt: 0
	});
}
