import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterCommands, seed } from '../testing/arbitraries';
import { run, traceOf } from '../testing/scenarios';
import { domainTable, eventRow, eventTableSql, jsonTable, refusedKey, sqlText } from './relational';

describe('the event table, key (stream_id, version)', () => {
	it('given an event, then its row is the key and the type with the whole payload serialized', () => {
		const { run: r } = run({
			domain: 'cart',
			ticks: 10,
			commands: [{ at: 1, stream: 'cart-1', type: 'AddItem', data: { sku: 'apple', qty: 2 } }]
		});
		expect(eventRow(r.logs.events[0])).toEqual({
			streamId: 'cart-1',
			version: 1,
			type: 'ItemAdded',
			payload: '{"sku":"apple","qty":2}'
		});
		expect(eventTableSql).toContain('PRIMARY KEY (stream_id, version)');
		expect(sqlText("it's")).toBe("'it''s'");
	});

	it('every append refused for a stale version tried a key the table already held', () => {
		fc.assert(
			fc.property(
				seed,
				counterCommands,
				fc.integer({ min: 2, max: 4 }),
				(s, commands, handlers) => {
					const { run: r } = run({
						seed: s,
						ticks: 200,
						options: { handlers, decideTicksMax: 3 },
						consumers: [],
						commands
					});
					for (const conflict of traceOf(r, 'AppendConflict')) {
						const key = refusedKey(conflict);
						const taken = r.logs.byStream.get(key.streamId)?.[key.version - 1];
						expect(taken?.version).toBe(key.version);
						expect(taken!.tick).toBeLessThanOrEqual(conflict.t);
					}
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('each domain’s store keeps its own format', () => {
	it('the cart keeps JSON payloads; the inventory a positional body with a schema version', () => {
		const { run: r } = run({
			domains: ['cart', 'inventory'],
			ticks: 10,
			consumers: [],
			commands: [
				{
					at: 1,
					stream: 'product-apple',
					type: 'ListProduct',
					data: { sku: 'apple', name: 'A|B' }
				},
				{ at: 2, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 9 } },
				{ at: 3, stream: 'cart-1', type: 'AddItem', data: { sku: 'apple', qty: 2 } }
			]
		});
		const [listed, received, added] = r.logs.events;
		const inventory = domainTable(r.ctx.domainOf(listed.streamId).name);
		const cart = domainTable(r.ctx.domainOf(added.streamId).name);
		expect(inventory.table).toBe('inventory_events');
		expect(inventory.value(listed)).toEqual(['ProductListed', '1', 'apple|A\\|B']);
		expect(inventory.value(received)).toEqual(['StockReceived', '1', 'apple|9']);
		expect(inventory.sql).toContain('PRIMARY KEY (stream_id, version)');
		expect(cart.table).toBe('cart_events');
		expect(cart.value(added)).toEqual(['ItemAdded', '{"sku":"apple","qty":2}']);
		expect(cart.sql).toContain('CREATE TABLE cart_events');
		expect(jsonTable().sql).toBe(eventTableSql);
	});
});
