/**
 * State messages: what a traditional system (`options.storage: "state"`) publishes after it
 * updates a row: `StateSet {state}`, the row as it now is, like the notes' set(15). A projection
 * that keeps the same row can take it as it comes; one that needs what happened (which item was
 * removed) cannot: the message does not say, and nothing behind it does either.
 */
import type { DomainEvent } from '../domains/decider';
import type { StoredEvent } from '../eventStore/types';

const stateMessageType = 'StateSet';

export const stateMessage = (state: unknown): DomainEvent =>
	Object.freeze({ type: stateMessageType, data: Object.freeze({ state }) });

export const isStateMessage = (event: StoredEvent): boolean => event.type === stateMessageType;

/** The row a state message carries, as the domain's state type. */
export const stateOf = <S>(event: StoredEvent): S => event.data.state as S;
