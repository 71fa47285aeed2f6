/**
 * The counter: the smallest event-sourced object, used to show why `add(5)` cannot be made
 * idempotent and `set(15)` can. The same command `Add {amount}` is recorded either as a delta
 * (`Added {amount}`) or as the absolute value after the add (`ValueSet {value}`), chosen by the
 * scenario's `eventStyle`; evolve understands both so a stream may even mix them.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import {
	accept,
	reject,
	engineDecider,
	type Decider,
	type Decision,
	type DeciderOptions,
	type DomainCommand,
	type DomainEvent
} from './decider';
import type { DomainDefinition } from './index';

export interface CounterState {
	readonly value: number;
}

export type CounterCommand = { readonly type: 'Add'; readonly data: { readonly amount: number } };

export type CounterEvent =
	| { readonly type: 'Added'; readonly data: { readonly amount: number } }
	| { readonly type: 'ValueSet'; readonly data: { readonly value: number } };

const counterCommandTypes = ['Add'] as const;
const counterEventTypes = ['Added', 'ValueSet'] as const;

// A bound on each step keeps every running total an exact integer in a float64.
const amountLimit = 1_000_000;

const addData = z.strictObject({
	amount: z
		.int({ error: 'amount must be an integer' })
		.check(
			z.minimum(-amountLimit, { error: `amount must be at least ${-amountLimit}` }),
			z.maximum(amountLimit, { error: `amount must be at most ${amountLimit}` })
		)
});

export const counterCommands = {
	add: (amount: number): CounterCommand => ({ type: 'Add', data: { amount } })
};

export const counterEvents = {
	added: (amount: number): CounterEvent =>
		Object.freeze({ type: 'Added', data: Object.freeze({ amount }) }),
	valueSet: (value: number): CounterEvent =>
		Object.freeze({ type: 'ValueSet', data: Object.freeze({ value }) })
};

const eventTypeSet: ReadonlySet<string> = new Set(counterEventTypes);
export const isCounterEvent = (event: DomainEvent): event is CounterEvent =>
	eventTypeSet.has(event.type);

export const initialCounterState: CounterState = Object.freeze({ value: 0 });

/** Validate an untrusted command into a typed one, or say what is wrong with it. */
function parseCommand(command: DomainCommand): CounterCommand | string {
	if (command.type !== 'Add') return `counter has no command '${command.type}' (it has: Add)`;
	const parsed = addData.safeParse(command.data);
	if (!parsed.success)
		return `invalid Add: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
	return { type: 'Add', data: parsed.data };
}

export function counterDecider(
	options: DeciderOptions
): Decider<CounterState, CounterCommand, CounterEvent> {
	const decide = (command: CounterCommand, state: CounterState): Decision<CounterEvent> => {
		const { amount } = command.data;
		const value = state.value + amount;
		// Not reachable in a bounded scenario, but a silently inexact total would teach nothing.
		if (!Number.isSafeInteger(value)) return reject(`the counter would overflow at ${value}`);
		return options.eventStyle === 'delta'
			? accept(counterEvents.added(amount))
			: accept(counterEvents.valueSet(value));
	};
	return { initialState: initialCounterState, decide, evolve: evolveCounter };
}

/** Hot path (a million calls in the benchmark): one tiny allocation, no spreads. */
export function evolveCounter(state: CounterState, event: CounterEvent): CounterState {
	switch (event.type) {
		case 'Added':
			return { value: state.value + event.data.amount };
		case 'ValueSet':
			return { value: event.data.value };
		default: {
			const _exhaustive: never = event;
			return state;
		}
	}
}

export const counter: DomainDefinition = {
	name: 'counter',
	commandTypes: counterCommandTypes,
	eventTypes: counterEventTypes,
	commandData: { Add: addData },
	streamPattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
	streamDescription:
		'a letter or digit, then letters, digits, dots, underscores or dashes (e.g. counter-1)',
	readModels: ['counter-values'],
	decider: (options) => engineDecider(counterDecider(options), parseCommand)
};
