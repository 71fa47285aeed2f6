/**
 * cart-contents: what is in each cart, for a page that lists carts. It is the cart's own state
 * kept up to date on the read side, so no query ever has to replay a cart's events. Applied
 * leniently: a lossy broker may deliver a removal or a checkout for a cart it never saw created.
 */
import { isCartEvent, type CartState } from '../../domains/cart';
import { deleteOwn } from '../../own';
import type { Projection } from '../projection';
import { addToRow, rowOr, setRow, sortedRecord } from './rows';
import { isStateMessage, stateOf } from '../stateMessages';

export interface CartRow {
	items: Record<string, number>;
	checkedOut: boolean;
}

/** One row per cart stream id. */
export type CartContentsState = Record<string, CartRow>;
export type CartContentsView = Readonly<Record<string, Readonly<CartRow>>>;

function rowOf(state: CartContentsState, streamId: string): CartRow {
	const existing = rowOr<CartRow | undefined>(state, streamId, undefined);
	if (existing) return existing;
	const row: CartRow = { items: {}, checkedOut: false };
	setRow(state, streamId, row);
	return row;
}

export const cartContents: Projection<CartContentsState, CartContentsView> = {
	name: 'cart-contents',
	init: () => ({}),
	apply(state, event) {
		if (isStateMessage(event)) {
			const cart = stateOf<CartState>(event);
			setRow(state, event.streamId, { items: { ...cart.items }, checkedOut: cart.checkedOut });
			return [event.streamId];
		}
		if (!isCartEvent(event)) return [];
		const row = rowOf(state, event.streamId);
		switch (event.type) {
			case 'ItemAdded':
				addToRow(row.items, event.data.sku, event.data.qty);
				break;
			case 'ItemRemoved':
				deleteOwn(row.items, event.data.sku);
				break;
			case 'CheckedOut':
				row.checkedOut = true;
				break;
			default: {
				const _exhaustive: never = event;
				return [];
			}
		}
		return [event.streamId];
	},
	rows: (state) => state,
	row: (state, key) => rowOr<unknown>(state, key, undefined),
	view: (state) =>
		sortedRecord(state, (row) => ({ items: sortedRecord(row.items), checkedOut: row.checkedOut }))
};
