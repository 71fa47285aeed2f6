/**
 * Given/when/then for deciders (after Emmett's `DeciderSpecification`): given the events already
 * in a stream, when a command arrives, then exactly these events are decided, or the command is
 * rejected for a reason a learner can read. Every decided event must also be frozen: events are
 * immutable facts.
 */
import { expect } from 'vitest';
import type { Decider, DomainCommand, DomainEvent } from './decider';

export interface DeciderWhen<E extends DomainEvent> {
	then(expected: readonly E[]): void;
	thenRejects(reason: RegExp): void;
}

export interface DeciderGiven<C extends DomainCommand, E extends DomainEvent> {
	when(command: C): DeciderWhen<E>;
}

export function fold<S, C extends DomainCommand, E extends DomainEvent>(
	decider: Decider<S, C, E>,
	events: readonly E[]
): S {
	return events.reduce(decider.evolve, decider.initialState);
}

export function expectFrozen(events: readonly DomainEvent[]): void {
	for (const event of events) {
		expect(Object.isFrozen(event), `${event.type} is frozen`).toBe(true);
		expect(Object.isFrozen(event.data), `${event.type}.data is frozen`).toBe(true);
	}
}

/**
 * `specFor(decider)(givenEvents).when(command).then(events)`. A domain's typed decider takes only
 * well-formed commands; give `domain.decider(options)` (the engine's door, which parses) to
 * check how malformed ones are refused.
 */
export function specFor<S, C extends DomainCommand, E extends DomainEvent>(
	decider: Decider<S, C, E>
): (given: readonly E[]) => DeciderGiven<C, E> {
	return (given) => ({
		when(command) {
			const decision = decider.decide(command, fold(decider, given));
			return {
				then(expected) {
					expect(decision).toEqual({ ok: true, events: expected });
					if (decision.ok) expectFrozen(decision.events);
				},
				thenRejects(reason) {
					expect(decision.ok, 'the command is rejected').toBe(false);
					if (!decision.ok) expect(decision.reason).toMatch(reason);
				}
			};
		}
	});
}
