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

export type Decision =
	| { readonly ok: true; readonly events: readonly DomainEvent[] }
	| { readonly ok: false; readonly reason: string };

export interface Decider<S = unknown> {
	readonly initialState: S;
	decide(command: DomainCommand, state: S): Decision;
	evolve(state: S, event: DomainEvent): S;
}

/** Options a domain's decider reads (from the scenario's `options`). */
export interface DeciderOptions {
	/** counter only: `delta` emits `Added {amount}` (add(5)); `absolute` emits `ValueSet {value}` (set(15)). */
	readonly eventStyle: 'delta' | 'absolute';
}

export const accept = (...events: DomainEvent[]): Decision => ({ ok: true, events });
export const reject = (reason: string): Decision => ({ ok: false, reason });
