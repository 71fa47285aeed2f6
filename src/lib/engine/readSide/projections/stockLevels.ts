/**
 * stock-levels: stock per sku across every product stream, in one table. Counted by sku whatever
 * arrives first: an async consumer may see a product's stock moves before its listing, and the
 * count must still come out right once everything has arrived.
 */
import { isInventoryEvent, type InventoryState } from '../../domains/inventory';
import type { Projection } from '../projection';
import { addToRow, rowOr, setRow, sortedRecord } from './rows';
import { isStateMessage, stateOf } from '../stateMessages';

/** Stock per sku. */
export type StockLevelsState = Record<string, number>;
export type StockLevelsView = Readonly<Record<string, number>>;

export const stockLevels: Projection<StockLevelsState, StockLevelsView> = {
	name: 'stock-levels',
	init: () => ({}),
	apply(state, event) {
		if (isStateMessage(event)) {
			const product = stateOf<InventoryState>(event);
			setRow(state, product.sku, product.stock);
			return [product.sku];
		}
		if (!isInventoryEvent(event)) return [];
		const { sku } = event.data;
		switch (event.type) {
			case 'ProductListed':
				// A listed product starts at 0; a listing that arrives late changes nothing.
				if (Object.hasOwn(state, sku)) return [];
				addToRow(state, sku, 0);
				return [sku];
			case 'StockReceived':
				addToRow(state, sku, event.data.qty);
				return [sku];
			case 'StockShipped':
				addToRow(state, sku, -event.data.qty);
				return [sku];
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
