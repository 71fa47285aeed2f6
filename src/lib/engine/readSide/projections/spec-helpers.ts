/**
 * Test fixtures for projections: turn (streamId, event) pairs into the store's rows, numbering
 * global positions and per-stream versions from 1 as the event store does.
 */
import type { DomainEvent } from '../../domains/decider';
import type { StoredEvent } from '../../eventStore/types';
import type { Projection, ProjectionOptions } from '../projection';

export const options: ProjectionOptions = { lowStockThreshold: 10 };

export function stored(entries: readonly (readonly [string, DomainEvent])[]): StoredEvent[] {
	const versions = new Map<string, number>();
	return entries.map(([streamId, event], i) => {
		const version = (versions.get(streamId) ?? 0) + 1;
		versions.set(streamId, version);
		const globalPosition = i + 1;
		return Object.freeze({
			globalPosition,
			streamId,
			version,
			eventId: `e-${globalPosition}`,
			type: event.type,
			data: event.data,
			tick: globalPosition,
			commandId: `c-${globalPosition}`
		});
	});
}

/** Apply each event in turn, returning the changed-row keys per event. */
export function applyAll<S>(
	projection: Projection<S>,
	state: S,
	events: readonly StoredEvent[],
	opts: ProjectionOptions = options
): string[][] {
	return events.map((event) => projection.apply(state, event, opts));
}
