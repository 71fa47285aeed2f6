/**
 * One example scenario per domain (and one with two), as a user would write it (defaults left out where they are
 * the point's backdrop). Each shows one of the notes' claims happening: `add(5)` applied twice,
 * a cart as a log of adds and removals with a refused command, the low-stock question that needs
 * a read model, and the uniqueness constraint that event sourcing loses. `examples/*.json` holds
 * the same scenarios as files for the CLI; a spec keeps the two equal.
 */
import type { DomainName } from '../domains/decider';
import type { ScenarioInput } from './schema';

/**
 * A queue (SQS, RabbitMQ) with acks slower than its timeout, under at-least-once delivery:
 * `Added {amount: 5}` arrives twice. A queue is where a redelivery after a deadline happens.
 */
const counter: ScenarioInput = {
	format: 'eventscope/2',
	title: 'add(5) delivered twice by a queue: at-least-once needs idempotent handling',
	seed: 7,
	ticks: 120,
	domain: 'counter',
	options: { eventStyle: 'delta', broker: 'queue', delivery: 'at-least-once', ackTimeout: 4 },
	network: { duplicate: 0.1, delayMin: 1, delayMax: 6 },
	consumers: [
		{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
		{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
	],
	commands: [
		{ at: 5, every: 5, repeat: 20, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
	],
	queries: [
		{ at: 115, consumer: 'naive' },
		{ at: 115, consumer: 'deduped' }
	]
};

/** The cart is its events: two adds, a removal, a checkout, then an add the decider refuses. */
const cart: ScenarioInput = {
	format: 'eventscope/2',
	title: 'A cart is a log of adds and removals; a checked-out cart refuses changes',
	seed: 1,
	ticks: 60,
	domain: 'cart',
	consumers: [
		{ id: 'contents', readModel: 'cart-contents' },
		{ id: 'removals', readModel: 'removed-items' }
	],
	commands: [
		{ at: 2, stream: 'cart-alice', type: 'AddItem', data: { sku: 'apple', qty: 2 } },
		{ at: 5, stream: 'cart-alice', type: 'AddItem', data: { sku: 'pear', qty: 1 } },
		{ at: 9, stream: 'cart-alice', type: 'RemoveItem', data: { sku: 'apple' } },
		{ at: 14, stream: 'cart-alice', type: 'Checkout' },
		{ at: 20, stream: 'cart-alice', type: 'AddItem', data: { sku: 'plum', qty: 3 } }
	],
	queries: [{ at: 40, consumer: 'contents' }]
};

/** "Which products have fewer than 10 in stock?": a full scan against a read model. */
const inventory: ScenarioInput = {
	format: 'eventscope/2',
	title: 'Products below 10 in stock: replay every product, or ask the low-stock read model',
	seed: 3,
	ticks: 100,
	domain: 'inventory',
	options: { lowStockThreshold: 10, snapshotEvery: 5 },
	network: { delayMin: 1, delayMax: 3 },
	consumers: [
		{ id: 'stock', readModel: 'stock-levels' },
		{ id: 'low-stock', readModel: 'low-stock' }
	],
	commands: [
		{ at: 1, stream: 'product-apple', type: 'ListProduct', data: { sku: 'apple', name: 'Apple' } },
		{ at: 1, stream: 'product-pear', type: 'ListProduct', data: { sku: 'pear', name: 'Pear' } },
		{ at: 1, stream: 'product-plum', type: 'ListProduct', data: { sku: 'plum', name: 'Plum' } },
		{ at: 1, stream: 'product-fig', type: 'ListProduct', data: { sku: 'fig', name: 'Fig' } },
		{ at: 3, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 40 } },
		{ at: 3, stream: 'product-pear', type: 'ReceiveStock', data: { sku: 'pear', qty: 12 } },
		{ at: 3, stream: 'product-plum', type: 'ReceiveStock', data: { sku: 'plum', qty: 8 } },
		{ at: 3, stream: 'product-fig', type: 'ReceiveStock', data: { sku: 'fig', qty: 30 } },
		{
			at: 10,
			every: 4,
			repeat: 12,
			stream: 'product-apple',
			type: 'ShipStock',
			data: { sku: 'apple', qty: 3 }
		},
		{ at: 20, stream: 'product-pear', type: 'ShipStock', data: { sku: 'pear', qty: 5 } },
		{ at: 30, stream: 'product-plum', type: 'ShipStock', data: { sku: 'plum', qty: 10 } }
	],
	queries: [
		{ at: 50, consumer: 'low-stock' },
		{ at: 95, consumer: 'low-stock' }
	]
};

/** Two clients register "alice" in two streams at once; the read-model check sees neither yet. */
const registration: ScenarioInput = {
	format: 'eventscope/2',
	title: 'Two clients race for the username alice: no uniqueness constraint across streams',
	seed: 11,
	ticks: 60,
	domain: 'registration',
	options: { uniqueness: 'read-model-check' },
	network: { delayMin: 2, delayMax: 5 },
	consumers: [{ id: 'usernames', readModel: 'usernames' }],
	commands: [
		{ at: 5, stream: 'user-1', type: 'RegisterUser', data: { username: 'alice' }, client: 'ann' },
		{ at: 5, stream: 'user-2', type: 'RegisterUser', data: { username: 'alice' }, client: 'bob' },
		{ at: 30, stream: 'user-3', type: 'RegisterUser', data: { username: 'alice' }, client: 'cy' }
	],
	queries: [{ at: 50, consumer: 'usernames' }]
};

/**
 * Two domains in one run, each with its own store and format: cart-view joins each cart's lines
 * with the products' names and stock, and figs put in a cart before the inventory lists them
 * show no name until it does.
 */
const cartAndInventory: ScenarioInput = {
	format: 'eventscope/2',
	title: 'Two domains, one read model: carts joined with their products',
	seed: 5,
	ticks: 80,
	domains: ['cart', 'inventory'],
	network: { duplicate: 0.05, delayMin: 1, delayMax: 5 },
	consumers: [
		{ id: 'carts', readModel: 'cart-view', idempotency: 'version-next' },
		{ id: 'stock', readModel: 'stock-levels', idempotency: 'dedupe-id' }
	],
	commands: [
		{ at: 1, stream: 'product-apple', type: 'ListProduct', data: { sku: 'apple', name: 'Apple' } },
		{ at: 1, stream: 'product-pear', type: 'ListProduct', data: { sku: 'pear', name: 'Pear' } },
		{ at: 3, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 30 } },
		{ at: 3, stream: 'product-pear', type: 'ReceiveStock', data: { sku: 'pear', qty: 8 } },
		{
			at: 6,
			every: 4,
			repeat: 6,
			stream: 'cart-{i}',
			type: 'AddItem',
			data: { sku: 'apple', qty: 1 }
		},
		{
			at: 8,
			every: 8,
			repeat: 3,
			stream: 'cart-{i}',
			type: 'AddItem',
			data: { sku: 'pear', qty: 2 }
		},
		{
			at: 20,
			every: 10,
			repeat: 4,
			stream: 'product-apple',
			type: 'ShipStock',
			data: { sku: 'apple', qty: 3 }
		},
		{ at: 30, stream: 'cart-2', type: 'AddItem', data: { sku: 'fig', qty: 2 } },
		{ at: 45, stream: 'product-fig', type: 'ListProduct', data: { sku: 'fig', name: 'Fig' } },
		{ at: 50, stream: 'cart-1', type: 'Checkout' }
	],
	queries: [{ at: 70, consumer: 'carts' }]
};

/** The examples by name: one per domain, and one with two domains. */
export type ExampleName = DomainName | 'cart-and-inventory';

export const examples: Record<ExampleName, ScenarioInput> = {
	counter,
	cart,
	inventory,
	registration,
	'cart-and-inventory': cartAndInventory
};
