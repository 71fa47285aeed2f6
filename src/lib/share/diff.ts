/**
 * Scenario differences as JSON merge patches (RFC 7386): a share link carries only what differs
 * from a base scenario (the format's defaults, or a lesson's scenario), which keeps links short.
 * Objects are compared key by key; arrays and other values are replaced whole. A key the base has
 * and the target lacks is written as `null` (deletion). Valid scenarios never hold `null` outside
 * arrays, so the patch is exact for them; the decoder validates the result anyway.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The patch that turns `base` into `target` (both plain JSON), or `undefined` if they are equal. */
export function diffJson(base: unknown, target: unknown): unknown {
	if (!isObject(base) || !isObject(target)) return sameJson(base, target) ? undefined : target;
	const patch: Record<string, unknown> = {};
	for (const key of Object.keys(base)) if (!Object.hasOwn(target, key)) patch[key] = null;
	for (const [key, value] of Object.entries(target)) {
		const part = Object.hasOwn(base, key) ? diffJson(base[key], value) : value;
		if (part !== undefined) patch[key] = part;
	}
	return Object.keys(patch).length === 0 ? undefined : patch;
}

/** `base` with `patch` merged in; neither is modified. Untrusted patches are fine (no prototype keys are followed). */
export function applyPatch(base: unknown, patch: unknown): unknown {
	// No patch at all: the target equals its base (diffJson's `undefined`).
	if (patch === undefined) return base;
	if (!isObject(patch)) return patch;
	const result: Record<string, unknown> = isObject(base) ? { ...base } : {};
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete result[key];
		else
			Object.defineProperty(result, key, {
				value: applyPatch(Object.hasOwn(result, key) ? result[key] : undefined, value),
				enumerable: true,
				writable: true,
				configurable: true
			});
	}
	return result;
}
