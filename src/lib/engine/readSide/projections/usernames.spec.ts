import { describe, expect, it } from 'vitest';
import { registrationEvents, usernameReserved } from '../../domains/registration';
import { foldProjection } from './index';
import { applyAll, options, stored } from './spec-helpers';
import { usernames } from './usernames';

const { userRegistered } = registrationEvents;

describe('usernames', () => {
	it('counts registrations per username, so a duplicate shows 2', () => {
		const events = stored([
			['user-2', userRegistered('bob')],
			['user-1', userRegistered('alice')],
			['user-3', userRegistered('alice')]
		]);
		const view = foldProjection(usernames, events, options);
		expect(view).toEqual({ alice: 2, bob: 1 });
		expect(Object.keys(view)).toEqual(['alice', 'bob']);
	});

	it('ignores reservations', () => {
		const events = stored([
			['username-alice', usernameReserved('alice', 'user-1')],
			['user-1', userRegistered('alice')]
		]);
		expect(foldProjection(usernames, events, options)).toEqual({ alice: 1 });
		expect(applyAll(usernames, usernames.init(), events)).toEqual([[], ['alice']]);
	});
});
