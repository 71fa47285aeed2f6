/**
 * The seven read models by name, and `foldProjection`: a projection folded over events in order,
 * from an empty state. Folded over the whole store it is the brute-force truth a consumer's
 * incrementally built model is compared with.
 */
import type { StoredEvent } from '../../eventStore/types';
import type { Projection, ProjectionOptions, ReadModelName } from '../projection';
import { cartContents } from './cartContents';
import { cartView } from './cartView';
import { counterValues } from './counterValues';
import { lowStock } from './lowStock';
import { removedItems } from './removedItems';
import { stockLevels } from './stockLevels';
import { usernames } from './usernames';

export const projections: Readonly<Record<ReadModelName, Projection>> = {
	'counter-values': counterValues,
	'cart-contents': cartContents,
	'removed-items': removedItems,
	'stock-levels': stockLevels,
	'low-stock': lowStock,
	usernames,
	'cart-view': cartView
};

export function foldProjection<S, V>(
	projection: Projection<S, V>,
	events: readonly StoredEvent[],
	options: ProjectionOptions
): V {
	const state = projection.init();
	for (const event of events) projection.apply(state, event, options);
	return projection.view(state, options);
}

export { cartContents, cartView, counterValues, lowStock, removedItems, stockLevels, usernames };
