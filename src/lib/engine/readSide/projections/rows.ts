/**
 * Row helpers shared by the projections. Read models are plain objects keyed by stream id, sku or
 * username; those keys are user data, so reads go through `Object.hasOwn` (a sku may well be
 * called `constructor`) and views are rebuilt with sorted keys so that deep equality and JSON
 * hashing of two views do not depend on the order events happened to arrive in.
 */
import { setOwn } from '../../own';
import { sortedKeys } from './keyOrder';

/** The row's value, or `fallback` when there is no such row. */
export function rowOr<T>(rows: Readonly<Record<string, T>>, key: string, fallback: NoInfer<T>): T {
	return Object.hasOwn(rows, key) ? rows[key] : fallback;
}

/** Set a row; `__proto__` is defined as an own row instead of replacing the prototype. */
export const setRow: <T>(rows: Record<string, T>, key: string, value: T) => void = setOwn;

/** Add `delta` to a numeric row (absent rows count as 0). */
export function addToRow(rows: Record<string, number>, key: string, delta: number): void {
	setRow(rows, key, rowOr(rows, key, 0) + delta);
}

export { compareKeys, sortKeys, sortedKeys } from './keyOrder';

/** A copy with keys inserted in sorted order, each value mapped by `copy`. */
export function sortedRecord<T, U = T>(
	rows: Readonly<Record<string, T>>,
	copy: (value: T) => U = (value) => value as unknown as U
): Record<string, U> {
	const out: Record<string, U> = {};
	for (const key of sortedKeys(rows)) setRow(out, key, copy(rows[key]));
	return out;
}
