/**
 * Inventory: one stream per product (`product-<sku>`) holding its catalog entry and its stock
 * moves. It is the notes' CQRS example: "which products have fewer than 10 in stock?" cannot be
 * answered from these streams without replaying every product, so a read model (low-stock) keeps
 * the answer. Stock can never go negative on the write side; shipping more than is held is refused.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import {
	accept,
	reject,
	engineDecider,
	type Decider,
	type DomainCommand,
	type DomainEvent,
	type Decision
} from './decider';
import type { DomainDefinition } from './index';

export interface InventoryState {
	readonly listed: boolean;
	readonly sku: string;
	readonly name: string;
	readonly stock: number;
}

export type InventoryCommand =
	| { readonly type: 'ListProduct'; readonly data: { readonly sku: string; readonly name: string } }
	| { readonly type: 'ReceiveStock'; readonly data: { readonly sku: string; readonly qty: number } }
	| { readonly type: 'ShipStock'; readonly data: { readonly sku: string; readonly qty: number } };

export type InventoryEvent =
	| {
			readonly type: 'ProductListed';
			readonly data: { readonly sku: string; readonly name: string };
	  }
	| {
			readonly type: 'StockReceived';
			readonly data: { readonly sku: string; readonly qty: number };
	  }
	| {
			readonly type: 'StockShipped';
			readonly data: { readonly sku: string; readonly qty: number };
	  };

const inventoryCommandTypes = ['ListProduct', 'ReceiveStock', 'ShipStock'] as const;
const inventoryEventTypes = ['ProductListed', 'StockReceived', 'StockShipped'] as const;

/**
 * What a sku may look like, shared with the cart. Starting with a letter or digit also keeps
 * names like `__proto__` out of the plain objects that read models key by sku.
 */
const skuPattern = '[A-Za-z0-9][A-Za-z0-9._-]{0,39}';
export const skuSchema = z.string({ error: 'sku must be a string' }).check(
	z.regex(new RegExp(`^${skuPattern}$`), {
		error:
			'sku must be 1 to 40 letters, digits, dots, underscores or dashes, starting with a letter or digit'
	})
);

const qtyLimit = 1_000_000;
export const qtySchema = z
	.int({ error: 'qty must be an integer' })
	.check(
		z.minimum(1, { error: 'qty must be at least 1' }),
		z.maximum(qtyLimit, { error: `qty must be at most ${qtyLimit}` })
	);

const nameSchema = z
	.string({ error: 'name must be a string' })
	.check(
		z.trim(),
		z.minLength(1, { error: 'name must not be empty' }),
		z.maxLength(60, { error: 'name must be at most 60 characters' })
	);

const commandData = {
	ListProduct: z.strictObject({ sku: skuSchema, name: nameSchema }),
	ReceiveStock: z.strictObject({ sku: skuSchema, qty: qtySchema }),
	ShipStock: z.strictObject({ sku: skuSchema, qty: qtySchema })
} as const;

export const inventoryCommands = {
	listProduct: (sku: string, name: string): InventoryCommand => ({
		type: 'ListProduct',
		data: { sku, name }
	}),
	receiveStock: (sku: string, qty: number): InventoryCommand => ({
		type: 'ReceiveStock',
		data: { sku, qty }
	}),
	shipStock: (sku: string, qty: number): InventoryCommand => ({
		type: 'ShipStock',
		data: { sku, qty }
	})
};

export const inventoryEvents = {
	productListed: (sku: string, name: string): InventoryEvent =>
		Object.freeze({ type: 'ProductListed', data: Object.freeze({ sku, name }) }),
	stockReceived: (sku: string, qty: number): InventoryEvent =>
		Object.freeze({ type: 'StockReceived', data: Object.freeze({ sku, qty }) }),
	stockShipped: (sku: string, qty: number): InventoryEvent =>
		Object.freeze({ type: 'StockShipped', data: Object.freeze({ sku, qty }) })
};

const eventTypeSet: ReadonlySet<string> = new Set(inventoryEventTypes);
export const isInventoryEvent = (event: DomainEvent): event is InventoryEvent =>
	eventTypeSet.has(event.type);

const initialInventoryState: InventoryState = Object.freeze({
	listed: false,
	sku: '',
	name: '',
	stock: 0
});

/** The stream id a product lives in. */
export const productStream = (sku: string): string => `product-${sku}`;

function parseCommand(command: DomainCommand): InventoryCommand | string {
	const type = command.type;
	if (!Object.hasOwn(commandData, type)) {
		return `inventory has no command '${type}' (it has: ${inventoryCommandTypes.join(', ')})`;
	}
	const parsed = commandData[type as InventoryCommand['type']].safeParse(command.data);
	if (!parsed.success)
		return `invalid ${type}: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
	return { type, data: parsed.data } as InventoryCommand;
}

/** A stock move must name the product this stream holds, and that product must be listed. */
function checkStockMove(state: InventoryState, sku: string): string | undefined {
	if (!state.listed) return `product ${sku} is not listed`;
	if (state.sku !== sku) return `this stream holds product ${state.sku}, not ${sku}`;
	return undefined;
}

function decideInventory(c: InventoryCommand, state: InventoryState): Decision<InventoryEvent> {
	switch (c.type) {
		case 'ListProduct':
			if (state.listed) return reject(`product ${state.sku} is already listed`);
			return accept(inventoryEvents.productListed(c.data.sku, c.data.name));
		case 'ReceiveStock': {
			const problem = checkStockMove(state, c.data.sku);
			if (problem) return reject(problem);
			if (state.stock + c.data.qty > Number.MAX_SAFE_INTEGER) return reject('stock would overflow');
			return accept(inventoryEvents.stockReceived(c.data.sku, c.data.qty));
		}
		case 'ShipStock': {
			const problem = checkStockMove(state, c.data.sku);
			if (problem) return reject(problem);
			if (c.data.qty > state.stock) {
				return reject(`cannot ship ${c.data.qty} of ${c.data.sku}: only ${state.stock} in stock`);
			}
			return accept(inventoryEvents.stockShipped(c.data.sku, c.data.qty));
		}
		default: {
			const _exhaustive: never = c;
			return reject('unreachable');
		}
	}
}

function evolveInventory(state: InventoryState, e: InventoryEvent): InventoryState {
	switch (e.type) {
		case 'ProductListed':
			return { listed: true, sku: e.data.sku, name: e.data.name, stock: state.stock };
		case 'StockReceived':
			return { ...state, stock: state.stock + e.data.qty };
		case 'StockShipped':
			return { ...state, stock: state.stock - e.data.qty };
		default: {
			const _exhaustive: never = e;
			return state;
		}
	}
}

export const inventoryDecider = (): Decider<InventoryState, InventoryCommand, InventoryEvent> => ({
	initialState: initialInventoryState,
	decide: decideInventory,
	evolve: evolveInventory
});

export const inventory: DomainDefinition = {
	name: 'inventory',
	commandTypes: inventoryCommandTypes,
	eventTypes: inventoryEventTypes,
	commandData,
	streamPattern: new RegExp(`^product-${skuPattern}$`),
	streamDescription: "'product-' followed by the product's sku (e.g. product-apple)",
	readModels: ['stock-levels', 'low-stock'],
	decider: () => engineDecider(inventoryDecider(), parseCommand)
};
