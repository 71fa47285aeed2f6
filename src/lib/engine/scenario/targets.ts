/**
 * What a fault or an intervention acts on, and the one grammar that names it in a scenario:
 * `relay` (every store's relay), `relay:<domain>` (one store's relay, with several domains), a
 * consumer id (all its instances), or `id#n` (its n-th instance, 1-based). Scenarios and share
 * links carry the string; the engine, the checks and the views read it only through `parseTarget`
 * and write it only through `targetName` / `instanceTarget`, so the grammar lives here alone.
 */

/** A target in parts: a relay (`domain` null: every store's), or a consumer's instance(s). */
export type TargetParts =
	| { readonly relay: true; readonly domain: string | null }
	| {
			readonly relay: false;
			readonly consumer: string;
			/** 0-based; null for every instance of the consumer. */
			readonly instance: number | null;
	  };

const relayPrefix = 'relay:';

/** The parts of a target string. Consumer ids never contain `#` (limits.consumerIdPattern). */
export function parseTarget(target: string): TargetParts {
	if (target === 'relay') return { relay: true, domain: null };
	if (target.startsWith(relayPrefix))
		return { relay: true, domain: target.slice(relayPrefix.length) };
	const [, consumer, n] = /^(.*?)(?:#(\d+))?$/.exec(target)!;
	return { relay: false, consumer, instance: n === undefined ? null : Number(n) - 1 };
}

/** `id#n` for instance `index` (0-based) of a consumer. */
export const instanceTarget = (consumer: string, index: number): string =>
	`${consumer}#${index + 1}`;

/** The name a fault or intervention uses for instance `index`: `id`, or `id#n` in a group. */
export const targetName = (consumer: string, index: number, instances: number): string =>
	instances > 1 ? instanceTarget(consumer, index) : consumer;
