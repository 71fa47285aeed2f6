/**
 * The shopping cart from the notes: instead of storing the cart's current contents we store only
 * "item added" and "item removed" (and finally "checked out"), and replay them when the contents
 * are needed. A checked-out cart is closed: any further change is refused, visibly.
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
import { qtySchema, skuSchema } from './inventory';

export interface CartState {
	/** Quantity per sku; a removed sku is absent, never present with 0. */
	readonly items: Readonly<Record<string, number>>;
	readonly checkedOut: boolean;
}

export type CartCommand =
	| { readonly type: 'AddItem'; readonly data: { readonly sku: string; readonly qty: number } }
	| { readonly type: 'RemoveItem'; readonly data: { readonly sku: string } }
	| { readonly type: 'Checkout'; readonly data: Readonly<Record<string, never>> };

export type CartEvent =
	| { readonly type: 'ItemAdded'; readonly data: { readonly sku: string; readonly qty: number } }
	| { readonly type: 'ItemRemoved'; readonly data: { readonly sku: string } }
	| { readonly type: 'CheckedOut'; readonly data: Readonly<Record<string, never>> };

const cartCommandTypes = ['AddItem', 'RemoveItem', 'Checkout'] as const;
const cartEventTypes = ['ItemAdded', 'ItemRemoved', 'CheckedOut'] as const;

const commandData = {
	AddItem: z.strictObject({ sku: skuSchema, qty: qtySchema }),
	RemoveItem: z.strictObject({ sku: skuSchema }),
	Checkout: z.strictObject({})
} as const;

export const cartCommands = {
	addItem: (sku: string, qty: number): CartCommand => ({ type: 'AddItem', data: { sku, qty } }),
	removeItem: (sku: string): CartCommand => ({ type: 'RemoveItem', data: { sku } }),
	checkout: (): CartCommand => ({ type: 'Checkout', data: {} })
};

export const cartEvents = {
	itemAdded: (sku: string, qty: number): CartEvent =>
		Object.freeze({ type: 'ItemAdded', data: Object.freeze({ sku, qty }) }),
	itemRemoved: (sku: string): CartEvent =>
		Object.freeze({ type: 'ItemRemoved', data: Object.freeze({ sku }) }),
	checkedOut: (): CartEvent => Object.freeze({ type: 'CheckedOut', data: Object.freeze({}) })
};

const eventTypeSet: ReadonlySet<string> = new Set(cartEventTypes);
export const isCartEvent = (event: DomainEvent): event is CartEvent => eventTypeSet.has(event.type);

const initialCartState: CartState = Object.freeze({
	items: Object.freeze({}),
	checkedOut: false
});

/**
 * An sku's quantity, 0 when absent. `Object.hasOwn` because skus such as `constructor` or
 * `toString` are valid, and a plain lookup would find Object.prototype's members.
 */
const qtyInCart = (items: CartState['items'], sku: string): number =>
	Object.hasOwn(items, sku) ? items[sku] : 0;

function parseCommand(command: DomainCommand): CartCommand | string {
	const type = command.type;
	if (!Object.hasOwn(commandData, type)) {
		return `cart has no command '${type}' (it has: ${cartCommandTypes.join(', ')})`;
	}
	const parsed = commandData[type as CartCommand['type']].safeParse(command.data);
	if (!parsed.success)
		return `invalid ${type}: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
	return { type, data: parsed.data } as CartCommand;
}

function decideCart(c: CartCommand, state: CartState): Decision<CartEvent> {
	if (state.checkedOut)
		return reject(`the cart is already checked out, so it cannot change (${c.type} refused)`);
	switch (c.type) {
		case 'AddItem': {
			const total = qtyInCart(state.items, c.data.sku) + c.data.qty;
			if (total > Number.MAX_SAFE_INTEGER) return reject(`qty of ${c.data.sku} would overflow`);
			return accept(cartEvents.itemAdded(c.data.sku, c.data.qty));
		}
		case 'RemoveItem':
			if (!Object.hasOwn(state.items, c.data.sku)) {
				return reject(`cannot remove ${c.data.sku}: it is not in the cart`);
			}
			return accept(cartEvents.itemRemoved(c.data.sku));
		case 'Checkout':
			if (Object.keys(state.items).length === 0) return reject('cannot check out an empty cart');
			return accept(cartEvents.checkedOut());
		default: {
			const _exhaustive: never = c;
			return reject('unreachable');
		}
	}
}

/** Carts are small, so copying the items on each event keeps states immutable at little cost. */
function evolveCart(state: CartState, e: CartEvent): CartState {
	switch (e.type) {
		case 'ItemAdded': {
			const { sku, qty } = e.data;
			const items = { ...state.items, [sku]: qtyInCart(state.items, sku) + qty };
			return { items, checkedOut: state.checkedOut };
		}
		case 'ItemRemoved': {
			const { [e.data.sku]: _removed, ...items } = state.items;
			return { items, checkedOut: state.checkedOut };
		}
		case 'CheckedOut':
			return { items: state.items, checkedOut: true };
		default: {
			const _exhaustive: never = e;
			return state;
		}
	}
}

export const cartDecider = (): Decider<CartState, CartCommand, CartEvent> => ({
	initialState: initialCartState,
	decide: decideCart,
	evolve: evolveCart
});

export const cart: DomainDefinition = {
	name: 'cart',
	commandTypes: cartCommandTypes,
	eventTypes: cartEventTypes,
	commandData,
	streamPattern: /^cart-[A-Za-z0-9][A-Za-z0-9._-]*$/,
	streamDescription:
		"'cart-' followed by letters, digits, dots, underscores or dashes (e.g. cart-1)",
	readModels: ['cart-contents', 'removed-items'],
	decider: () => engineDecider(cartDecider(), parseCommand)
};
