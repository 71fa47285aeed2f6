/**
 * counter-values: each counter stream's value, as a query would read it. It shows the notes'
 * idempotency point on the read side: a duplicated `Added {amount}` (add(5)) is counted twice,
 * a duplicated `ValueSet {value}` (set(15)) just sets the same value again.
 */
import { isCounterEvent, type CounterState } from '../../domains/counter';
import type { Projection } from '../projection';
import { addToRow, rowOr, setRow, sortedRecord } from './rows';
import { isStateMessage, stateOf } from '../stateMessages';

/** Value per stream id. */
export type CounterValuesState = Record<string, number>;
export type CounterValuesView = Readonly<Record<string, number>>;

export const counterValues: Projection<CounterValuesState, CounterValuesView> = {
	name: 'counter-values',
	init: () => ({}),
	apply(state, event) {
		if (isStateMessage(event)) {
			setRow(state, event.streamId, stateOf<CounterState>(event).value);
			return [event.streamId];
		}
		if (!isCounterEvent(event)) return [];
		switch (event.type) {
			case 'Added':
				addToRow(state, event.streamId, event.data.amount);
				return [event.streamId];
			case 'ValueSet':
				setRow(state, event.streamId, event.data.value);
				return [event.streamId];
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
