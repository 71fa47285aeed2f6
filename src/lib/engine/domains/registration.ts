/**
 * User registration: one stream per user (`user-<n>`). It is the notes' last downside made
 * visible: with no relational uniqueness constraint, two users can register the same username
 * in two different streams, and each stream's decider alone cannot see the other. A stream only
 * refuses a second registration of itself. The `reservation` uniqueness option (applied by the
 * command handler, not here) first claims a `username-<name>` stream with `UsernameReserved`,
 * relying on the store's expected-version check to let only one claim win.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import {
	accept,
	reject,
	engineDecider,
	type Decider,
	type Decision,
	type DomainCommand,
	type DomainEvent
} from './decider';
import type { DomainDefinition } from './index';

export interface RegistrationState {
	/** The registered username, or null while the stream has no user. */
	readonly username: string | null;
}

export type RegistrationCommand = {
	readonly type: 'RegisterUser';
	readonly data: { readonly username: string };
};

export type RegistrationEvent =
	| { readonly type: 'UserRegistered'; readonly data: { readonly username: string } }
	| {
			readonly type: 'UsernameReserved';
			readonly data: { readonly username: string; readonly userStream: string };
	  };

const registrationCommandTypes = ['RegisterUser'] as const;
const registrationEventTypes = ['UserRegistered', 'UsernameReserved'] as const;

// Usernames become part of a stream id (`username-<name>`) and keys of the usernames read
// model, so they use the stream-id alphabet and cannot be `__proto__`.
const usernameSchema = z.string({ error: 'username must be a string' }).check(
	z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, {
		error:
			'username must be 1 to 32 letters, digits, dots, underscores or dashes, starting with a letter or digit'
	})
);

const commandData = { RegisterUser: z.strictObject({ username: usernameSchema }) } as const;

export const registrationCommands = {
	registerUser: (username: string): RegistrationCommand => ({
		type: 'RegisterUser',
		data: { username }
	})
};

/** The stream whose existence claims a username under the `reservation` uniqueness option. */
export const reservationStream = (username: string): string => `username-${username}`;

/** The event that claims a username for a user stream, appended to `reservationStream(username)`. */
export const usernameReserved = (username: string, userStream: string): RegistrationEvent =>
	Object.freeze({ type: 'UsernameReserved', data: Object.freeze({ username, userStream }) });

export const registrationEvents = {
	userRegistered: (username: string): RegistrationEvent =>
		Object.freeze({ type: 'UserRegistered', data: Object.freeze({ username }) }),
	usernameReserved
};

const eventTypeSet: ReadonlySet<string> = new Set(registrationEventTypes);
export const isRegistrationEvent = (event: DomainEvent): event is RegistrationEvent =>
	eventTypeSet.has(event.type);

const initialRegistrationState: RegistrationState = Object.freeze({ username: null });

function parseCommand(command: DomainCommand): RegistrationCommand | string {
	if (command.type !== 'RegisterUser') {
		return `registration has no command '${command.type}' (it has: RegisterUser)`;
	}
	const parsed = commandData.RegisterUser.safeParse(command.data);
	if (!parsed.success) {
		return `invalid RegisterUser: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
	}
	return { type: 'RegisterUser', data: parsed.data };
}

function decideRegistration(
	c: RegistrationCommand,
	state: RegistrationState
): Decision<RegistrationEvent> {
	if (state.username !== null) {
		return reject(`this stream already has a user: ${state.username}`);
	}
	return accept(registrationEvents.userRegistered(c.data.username));
}

function evolveRegistration(state: RegistrationState, e: RegistrationEvent): RegistrationState {
	switch (e.type) {
		case 'UserRegistered':
			return { username: e.data.username };
		case 'UsernameReserved':
			// Lives in a reservation stream, never in a user stream: nothing to change.
			return state;
		default: {
			const _exhaustive: never = e;
			return state;
		}
	}
}

export const registrationDecider = (): Decider<
	RegistrationState,
	RegistrationCommand,
	RegistrationEvent
> => ({
	initialState: initialRegistrationState,
	decide: decideRegistration,
	evolve: evolveRegistration
});

export const registration: DomainDefinition = {
	name: 'registration',
	commandTypes: registrationCommandTypes,
	eventTypes: registrationEventTypes,
	commandData,
	streamPattern: /^user-[A-Za-z0-9][A-Za-z0-9._-]*$/,
	streamDescription:
		"'user-' followed by letters, digits, dots, underscores or dashes (e.g. user-1)",
	readModels: ['usernames'],
	decider: () => engineDecider(registrationDecider(), parseCommand)
};
