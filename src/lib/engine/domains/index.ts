/**
 * The registry of the four teaching domains. Each one is a pure decider plus what the rest of the
 * engine needs to drive it from a scenario: the command and event names it speaks, a schema for
 * each command's data (so a bad command is a visible rejection, never a crash), which stream ids
 * belong to it, and which read models can be built from its events.
 */
import '../zodConfig';
import type * as z from 'zod/mini';
import type { ReadModelName } from '../readSide/projection';
import { cart } from './cart';
import { counter } from './counter';
import type { DeciderOptions, DomainName, EngineDecider } from './decider';
import { inventory } from './inventory';
import { registration } from './registration';

export interface DomainDefinition {
	readonly name: DomainName;
	/** Commands in the imperative, e.g. `['Add']`. */
	readonly commandTypes: readonly string[];
	/** Events in the past tense, e.g. `['Added', 'ValueSet']`. */
	readonly eventTypes: readonly string[];
	/** A strict zod schema per command type for its `data`, with messages meant for learners. */
	readonly commandData: Readonly<Record<string, z.ZodMiniType>>;
	/** Which stream ids are valid, e.g. /^product-.+$/ for inventory. */
	readonly streamPattern: RegExp;
	/** The same rule in words, for error messages. */
	readonly streamDescription: string;
	/** The read models that make sense for this domain's events. */
	readonly readModels: readonly ReadModelName[];
	/** The domain's typed decider behind the engine's door: commands parsed, state opaque. */
	decider(options: DeciderOptions): EngineDecider;
}

export const domains: Readonly<Record<DomainName, DomainDefinition>> = {
	counter,
	cart,
	inventory,
	registration
};

export { cart, counter, inventory, registration };

/**
 * Which of a scenario's domains owns a stream: the first whose stream ids match, trying the
 * counter last (its ids are any name, so it would claim every stream). A scenario with several
 * `domains` sends each command to the domain that owns its stream; undefined means none does.
 */
export function owningDomain(
	names: readonly DomainName[],
	streamId: string
): DomainDefinition | undefined {
	const ordered = [
		...names.filter((n) => n !== 'counter'),
		...names.filter((n) => n === 'counter')
	];
	for (const name of ordered) if (domains[name].streamPattern.test(streamId)) return domains[name];
	return undefined;
}

/** A scenario's domains: `domains` when it names several, else its one `domain`. */
export const domainsOf = (s: {
	readonly domain: DomainName;
	readonly domains?: readonly DomainName[];
}): readonly DomainName[] => s.domains ?? [s.domain];

/**
 * The read models a scenario's consumers may build: each domain's own, and `cart-view` where
 * both the cart and the inventory are in the run (it joins their events).
 */
export function readModelsOf(names: readonly DomainName[]): readonly ReadModelName[] {
	const own = names.flatMap((n) => domains[n].readModels);
	return names.includes('cart') && names.includes('inventory') ? [...own, 'cart-view'] : own;
}
