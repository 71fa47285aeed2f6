/**
 * usernames: how many users registered each username. Without a uniqueness constraint two user
 * streams can both register `alice`; this view is where the duplicate becomes visible (a count
 * of 2). Reservations (`UsernameReserved`) are the write side's guard, not registrations, so they
 * are not counted.
 */
import { isRegistrationEvent } from '../../domains/registration';
import type { Projection } from '../projection';
import { addToRow, rowOr, sortedRecord } from './rows';

/** Registrations per username. */
export type UsernamesState = Record<string, number>;
export type UsernamesView = Readonly<Record<string, number>>;

export const usernames: Projection<UsernamesState, UsernamesView> = {
	name: 'usernames',
	init: () => ({}),
	apply(state, event) {
		if (!isRegistrationEvent(event)) return [];
		switch (event.type) {
			case 'UserRegistered':
				addToRow(state, event.data.username, 1);
				return [event.data.username];
			case 'UsernameReserved':
				return [];
			default: {
				const _exhaustive: never = event;
				return [];
			}
		}
	},
	rows: (state) => state,
	row: (state, key) => rowOr<unknown>(state, key, undefined),
	view: (state) => sortedRecord(state)
};
