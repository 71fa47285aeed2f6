/**
 * What a fault or an intervention acts on, and the one grammar that names it in a scenario:
 * `relay` (every store's relay), `relay:<domain>` (one store's relay, with several domains), a
 * consumer id (all its instances), or `id#n` (its n-th instance, 1-based). The string lives only
 * at the boundary: scenarios, share links, lesson data and the poke menu carry it, `parseTarget`
 * reads it once into parts, and the engine, its trace records and the views work on the parts.
 * A view names a target with `targetLabel`, a scenario writes one with `formatTarget`; the
 * grammar lives here alone.
 */

/** One instance (0-based) of a consumer: the node a crash, a restart or a partition is about. */
export interface InstanceParts {
	readonly kind: 'instance';
	readonly consumer: string;
	readonly instance: number;
}

/** A relay: one store's (`domain`), or every store's (`domain` null). */
export interface RelayParts {
	readonly kind: 'relay';
	readonly domain: string | null;
}

/** Every instance of a consumer (a scenario's bare `id`). */
export interface ConsumerParts {
	readonly kind: 'consumer';
	readonly consumer: string;
}

/** A target in parts, as `parseTarget` reads it. */
export type TargetParts = RelayParts | ConsumerParts | InstanceParts;

const relayPrefix = 'relay:';

/** The parts of a target string. Consumer ids never contain `#` (limits.consumerIdPattern). */
export function parseTarget(target: string): TargetParts {
	if (target === 'relay') return { kind: 'relay', domain: null };
	if (target.startsWith(relayPrefix))
		return { kind: 'relay', domain: target.slice(relayPrefix.length) };
	const [, consumer, n] = /^(.*?)(?:#(\d+))?$/.exec(target)!;
	return n === undefined
		? { kind: 'consumer', consumer }
		: { kind: 'instance', consumer, instance: Number(n) - 1 };
}

/** Instance `instance` (0-based) of a consumer, in parts. */
export const instanceParts = (consumer: string, instance: number): InstanceParts => ({
	kind: 'instance',
	consumer,
	instance
});

/** The target's string in the grammar, as a scenario writes it: what `parseTarget` reads back. */
export function formatTarget(parts: TargetParts): string {
	switch (parts.kind) {
		case 'relay':
			return parts.domain === null ? 'relay' : relayPrefix + parts.domain;
		case 'consumer':
			return parts.consumer;
		case 'instance':
			return `${parts.consumer}#${parts.instance + 1}`;
	}
}

/**
 * The name views (and the poke menu) give a target: the grammar's string, except that the one
 * instance of a consumer that has `instances` = 1 is named by the consumer's id alone.
 */
export const targetLabel = (parts: TargetParts, instances: number): string =>
	parts.kind === 'instance' && instances <= 1 ? parts.consumer : formatTarget(parts);

/** Whether `target` names `node`: the instance itself, or its whole consumer. */
export const targetCovers = (target: TargetParts, node: InstanceParts): boolean =>
	target.kind !== 'relay' &&
	target.consumer === node.consumer &&
	(target.kind === 'consumer' || target.instance === node.instance);
