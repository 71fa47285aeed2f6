/**
 * The Decider (Jérémie Chassaing; Emmett `typing/decider.ts`): a domain is three pure things.
 * `decide(command, state)` validates a command against the current state and returns the
 * past-tense events it produces, or a visible rejection; `evolve(state, event)` applies one event;
 * `initialState` is where every stream starts. State = fold(evolve, initialState, events).
 */

export type DomainName = 'counter' | 'cart' | 'inventory' | 'registration';
export const domainNames = ['counter', 'cart', 'inventory', 'registration'] as const;

/** An event as a domain produces it: a fact named in the past tense, never changed afterwards. */
export interface DomainEvent {
	readonly type: string;
	readonly data: Readonly<Record<string, unknown>>;
}

/** A command as a client sends it: a request in the imperative, which may be refused. */
export interface DomainCommand {
	readonly type: string;
	readonly data: Readonly<Record<string, unknown>>;
}

export type Decision<Event extends DomainEvent = DomainEvent> =
	| { readonly ok: true; readonly events: readonly Event[] }
	| { readonly ok: false; readonly reason: string };

/**
 * Typed over all three, as Emmett's `Decider<State, CommandType, EventType>`: a domain's own
 * decider takes its own command union and evolves its own event union, so no `evolve` casts.
 */
export interface Decider<
	State,
	Command extends DomainCommand = DomainCommand,
	Event extends DomainEvent = DomainEvent
> {
	readonly initialState: State;
	decide(command: Command, state: State): Decision<Event>;
	evolve(state: State, event: Event): State;
}

/**
 * A decider as the engine drives it, whatever its domain: state is opaque, commands arrive
 * untrusted (from a scenario, a share link, a click) and events come back from the store.
 */
export type EngineDecider = Decider<unknown, DomainCommand, DomainEvent>;

/**
 * A domain's `evolve` as the store feeds it. The store's rows are untyped, but a stream only ever
 * holds the events its owning domain's `decide` produced (the command handler appends nothing
 * else), so this is the one place an event's type is taken on trust.
 */
export const evolveStored = <S, E extends DomainEvent>(
	evolve: (state: S, event: E) => S
): ((state: S, event: DomainEvent) => S) => evolve as (state: S, event: DomainEvent) => S;

/**
 * A domain's typed decider behind the engine's untyped door: each command is first parsed into
 * the domain's own type, and one that does not parse is a visible rejection, never a crash.
 */
export function engineDecider<S, C extends DomainCommand, E extends DomainEvent>(
	decider: Decider<S, C, E>,
	parse: (command: DomainCommand) => C | string
): EngineDecider {
	return {
		initialState: decider.initialState,
		decide(command, state) {
			const parsed = parse(command);
			// The engine hands each stream's state back to the decider that made it.
			return typeof parsed === 'string' ? reject(parsed) : decider.decide(parsed, state as S);
		},
		evolve: evolveStored(decider.evolve) as EngineDecider['evolve']
	};
}

/** Options a domain's decider reads (from the scenario's `options`). */
export interface DeciderOptions {
	/** counter only: `delta` emits `Added {amount}` (add(5)); `absolute` emits `ValueSet {value}` (set(15)). */
	readonly eventStyle: 'delta' | 'absolute';
}

export const accept = <E extends DomainEvent>(...events: E[]): Decision<E> => ({
	ok: true,
	events
});
export const reject = (reason: string): Decision<never> => ({ ok: false, reason });
