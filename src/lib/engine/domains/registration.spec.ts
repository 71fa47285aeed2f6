import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	registration,
	registrationCommands,
	registrationDecider,
	registrationEvents,
	reservationStream,
	usernameReserved
} from './registration';
import { expectFrozen, fold, specFor } from './spec-helpers';

const { registerUser } = registrationCommands;
const { userRegistered } = registrationEvents;
const given = specFor(registrationDecider());
/** The engine's door parses each command first: malformed ones are refused there. */
const atTheDoor = specFor(registration.decider({ eventStyle: 'delta' }));

describe('registration', () => {
	it('registers a user in an empty stream', () => {
		given([])
			.when(registerUser('alice'))
			.then([userRegistered('alice')]);
		expect(fold(registrationDecider(), [userRegistered('alice')])).toEqual({ username: 'alice' });
	});

	it('refuses a second registration in the same stream, whatever the name', () => {
		given([userRegistered('alice')])
			.when(registerUser('alice'))
			.thenRejects(/already has a user: alice/);
		given([userRegistered('alice')])
			.when(registerUser('bob'))
			.thenRejects(/already has a user/);
	});

	it('refuses malformed usernames and unknown commands', () => {
		atTheDoor([])
			.when(registerUser(''))
			.thenRejects(/username must be/);
		atTheDoor([])
			.when(registerUser('a b'))
			.thenRejects(/username must be/);
		atTheDoor([])
			.when(registerUser('x'.repeat(33)))
			.thenRejects(/username must be/);
		atTheDoor([])
			.when({ type: 'RegisterUser', data: { username: 'a', admin: true } })
			.thenRejects(/Unrecognized/);
		atTheDoor([])
			.when({ type: 'DeleteUser', data: {} })
			.thenRejects(/no command 'DeleteUser'/);
	});
});

describe('username reservation (used by the command handler)', () => {
	it('names the reservation stream after the username', () => {
		expect(reservationStream('alice')).toBe('username-alice');
	});

	it('builds a frozen UsernameReserved event', () => {
		const event = usernameReserved('alice', 'user-1');
		expect(event).toEqual({
			type: 'UsernameReserved',
			data: { username: 'alice', userStream: 'user-1' }
		});
		expectFrozen([event]);
	});

	it('leaves state alone if a UsernameReserved is folded', () => {
		expect(fold(registrationDecider(), [usernameReserved('alice', 'user-1')])).toEqual({
			username: null
		});
	});
});

describe('registration properties', () => {
	it('a stream holds at most one registration, however many are attempted', () => {
		const names = fc.array(fc.constantFrom('alice', 'bob', 'carol'), { maxLength: 10 });
		fc.assert(
			fc.property(names, (attempts) => {
				const decider = registrationDecider();
				let state = decider.initialState;
				let accepted = 0;
				for (const name of attempts) {
					const decision = decider.decide(registerUser(name), state);
					if (!decision.ok) continue;
					accepted += 1;
					expectFrozen(decision.events);
					state = decision.events.reduce(decider.evolve, state);
				}
				expect(accepted).toBe(Math.min(1, attempts.length));
				expect(state.username).toBe(attempts[0] ?? null);
			})
		);
	});
});

describe('registration definition', () => {
	it('accepts user-<n> streams', () => {
		expect(registration.streamPattern.test('user-1')).toBe(true);
		expect(registration.streamPattern.test('username-alice')).toBe(false);
	});
});
