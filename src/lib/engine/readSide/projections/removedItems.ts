/**
 * removed-items: how often each sku was taken back out of a cart, across all carts. A question
 * the cart's stored state could never answer (a removed item leaves no trace in "current
 * contents"), but the event log remembers every removal: the notes' case for storing events.
 */
import { isCartEvent } from '../../domains/cart';
import type { Projection } from '../projection';
import { addToRow, rowOr, sortedRecord } from './rows';

/** Times removed per sku. */
export type RemovedItemsState = Record<string, number>;
export type RemovedItemsView = Readonly<Record<string, number>>;

export const removedItems: Projection<RemovedItemsState, RemovedItemsView> = {
	name: 'removed-items',
	init: () => ({}),
	apply(state, event) {
		if (!isCartEvent(event)) return [];
		switch (event.type) {
			case 'ItemRemoved':
				addToRow(state, event.data.sku, 1);
				return [event.data.sku];
			case 'ItemAdded':
			case 'CheckedOut':
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
