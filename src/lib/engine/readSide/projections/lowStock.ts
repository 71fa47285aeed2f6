/**
 * low-stock: the notes' CQRS question, "which products have fewer than N in stock?", answered by
 * reading one small view instead of replaying every product stream. It JOINS two kinds of event,
 * the catalog (`ProductListed` gives the name) and the stock moves, so its working state keeps
 * every product it has heard of; only products whose listing has arrived are shown.
 */
import { isInventoryEvent } from '../../domains/inventory';
import type { Projection, ProjectionOptions } from '../projection';
import { rowOr, setRow, sortedKeys } from './rows';

interface ProductRow {
	/** null until the product's `ProductListed` has been applied. */
	name: string | null;
	stock: number;
}

export type LowStockState = Record<string, ProductRow>;
export type LowStockView = readonly {
	readonly sku: string;
	readonly name: string;
	readonly stock: number;
}[];

const isShown = (row: ProductRow | undefined, options: ProjectionOptions): boolean =>
	row !== undefined && row.name !== null && row.stock < options.lowStockThreshold;

function rowOf(state: LowStockState, sku: string): ProductRow {
	const existing = rowOr<ProductRow | undefined>(state, sku, undefined);
	if (existing) return existing;
	const row: ProductRow = { name: null, stock: 0 };
	setRow(state, sku, row);
	return row;
}

export const lowStock: Projection<LowStockState, LowStockView> = {
	name: 'low-stock',
	init: () => ({}),
	apply(state, event, options) {
		if (!isInventoryEvent(event)) return [];
		const { sku } = event.data;
		const before = rowOr<ProductRow | undefined>(state, sku, undefined);
		const was = before && {
			shown: isShown(before, options),
			name: before.name,
			stock: before.stock
		};
		const row = rowOf(state, sku);
		switch (event.type) {
			case 'ProductListed':
				row.name = event.data.name;
				break;
			case 'StockReceived':
				row.stock += event.data.qty;
				break;
			case 'StockShipped':
				row.stock -= event.data.qty;
				break;
			default: {
				const _exhaustive: never = event;
				return [];
			}
		}
		// A row of the VIEW changed only if the product is (or was) shown and something moved.
		const shown = isShown(row, options);
		const changed = !was || was.shown !== shown || was.name !== row.name || was.stock !== row.stock;
		return (shown || was?.shown) && changed ? [sku] : [];
	},
	rows(state, options) {
		const rows: Record<string, { name: string; stock: number }> = {};
		for (const [sku, row] of Object.entries(state))
			if (isShown(row, options)) setRow(rows, sku, { name: row.name as string, stock: row.stock });
		return rows;
	},
	row(state, sku, options) {
		const row = rowOr<ProductRow | undefined>(state, sku, undefined);
		return isShown(row, options) ? { name: row!.name as string, stock: row!.stock } : undefined;
	},
	view(state, options) {
		return sortedKeys(state)
			.filter((sku) => isShown(state[sku], options))
			.map((sku) => ({ sku, name: state[sku].name as string, stock: state[sku].stock }));
	}
};
