/**
 * cart-view: one read model fed by two domains' event stores, the notes' "one read model can hold
 * the event stores of several domains, so joins are easy". For each cart (the cart domain's
 * streams) its lines by sku, each with the product's name and current stock (the inventory
 * domain's streams); checkouts are left to cart-contents. The join is done once, as events arrive, instead of at every query: a page showing a
 * cart reads one row. A line whose product has not been heard of yet shows no name and no stock
 * (null), the join's own kind of lag; it fills in when the product's events arrive.
 */
import { isCartEvent, type CartState } from '../../domains/cart';
import { isInventoryEvent, type InventoryState } from '../../domains/inventory';
import type { StoredEvent } from '../../eventStore/types';
import { deleteOwn } from '../../own';
import type { Projection } from '../projection';
import { isStateMessage, stateOf } from '../stateMessages';
import { addToRow, rowOr, setRow, sortedKeys, sortedRecord } from './rows';

/** The cart's items: quantity per sku. */
type CartEntry = Record<string, number>;

interface ProductEntry {
	/** null until the product's listing has arrived. */
	name: string | null;
	stock: number;
}

export interface CartViewState {
	/** From the cart domain, by cart stream id. */
	carts: Record<string, CartEntry>;
	/** From the inventory domain, by sku. */
	products: Record<string, ProductEntry>;
}

/** One line of a cart, joined with its product (name and stock null until it is heard of). */
export interface CartLine {
	readonly name: string | null;
	readonly qty: number;
	readonly stock: number | null;
}

/** A cart's lines by sku. */
export type CartViewRow = Readonly<Record<string, CartLine>>;

export type CartViewView = Readonly<Record<string, CartViewRow>>;

function cartOf(state: CartViewState, streamId: string): CartEntry {
	const existing = rowOr<CartEntry | undefined>(state.carts, streamId, undefined);
	if (existing) return existing;
	const entry: CartEntry = {};
	setRow(state.carts, streamId, entry);
	return entry;
}

function productOf(state: CartViewState, sku: string): ProductEntry {
	const existing = rowOr<ProductEntry | undefined>(state.products, sku, undefined);
	if (existing) return existing;
	const entry: ProductEntry = { name: null, stock: 0 };
	setRow(state.products, sku, entry);
	return entry;
}

/** The carts holding a sku: the rows a product's event changes. */
function cartsHolding(state: CartViewState, sku: string): string[] {
	return Object.keys(state.carts).filter((id) => Object.hasOwn(state.carts[id], sku));
}

function joined(state: CartViewState, cart: CartEntry): CartViewRow {
	const lines: Record<string, CartLine> = {};
	for (const sku of sortedKeys(cart)) {
		const product = rowOr<ProductEntry | undefined>(state.products, sku, undefined);
		setRow(lines, sku, {
			name: product?.name ?? null,
			qty: cart[sku],
			stock: product?.stock ?? null
		});
	}
	return lines;
}

/** storage "state": a row as it now is, from either domain (told apart by its stream id). */
function applyState(state: CartViewState, event: StoredEvent): string[] {
	if (event.streamId.startsWith('cart-')) {
		const cart = stateOf<CartState>(event);
		setRow(state.carts, event.streamId, { ...cart.items });
		return [event.streamId];
	}
	const product = stateOf<InventoryState>(event);
	if (!product.listed) return [];
	setRow(state.products, product.sku, { name: product.name, stock: product.stock });
	return cartsHolding(state, product.sku);
}

function applyCart(state: CartViewState, event: StoredEvent): string[] {
	if (!isCartEvent(event)) return [];
	const cart = cartOf(state, event.streamId);
	switch (event.type) {
		case 'ItemAdded':
			addToRow(cart, event.data.sku, event.data.qty);
			break;
		case 'ItemRemoved':
			deleteOwn(cart, event.data.sku);
			break;
		case 'CheckedOut':
			return [];
		default: {
			const _exhaustive: never = event;
			return [];
		}
	}
	return [event.streamId];
}

function applyInventory(state: CartViewState, event: StoredEvent): string[] {
	if (!isInventoryEvent(event)) return [];
	const product = productOf(state, event.data.sku);
	switch (event.type) {
		case 'ProductListed':
			product.name = event.data.name;
			break;
		case 'StockReceived':
			product.stock += event.data.qty;
			break;
		case 'StockShipped':
			product.stock -= event.data.qty;
			break;
		default: {
			const _exhaustive: never = event;
			return [];
		}
	}
	return cartsHolding(state, event.data.sku);
}

export const cartView: Projection<CartViewState, CartViewView> = {
	name: 'cart-view',
	init: () => ({ carts: {}, products: {} }),
	apply(state, event) {
		if (isStateMessage(event)) return applyState(state, event);
		return isCartEvent(event) ? applyCart(state, event) : applyInventory(state, event);
	},
	rows: (state) => sortedRecord(state.carts, (cart) => joined(state, cart)),
	row: (state, key) => {
		const cart = rowOr<CartEntry | undefined>(state.carts, key, undefined);
		return cart ? joined(state, cart) : undefined;
	},
	view: (state) => sortedRecord(state.carts, (cart) => joined(state, cart))
};
