/**
 * Records keyed by user-supplied ids (stream ids, consumer ids, clients, skus, usernames). Any of
 * those may be a name that Object.prototype already has (`constructor`, `toString`, `__proto__`),
 * so a plain `rows[id]` would find the prototype's member and `rows[id] = x` with `__proto__`
 * would replace the prototype. The world must stay JSON (it is cloned at checkpoints, and
 * JSON.parse gives back objects WITH a prototype), so instead of Maps these records are read with
 * an own-property check and written as own properties. Where a record need not be JSON, use a Map.
 * Writes go through `setOwn` and `deleteOwn`, which note them for the run's checkpoints (writes.ts).
 */
import { noteDelete, noteWrite } from './writes';

/** The own value of `key`, or undefined: never a member inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `key` as an own, enumerable property; `__proto__` included (it never sets the prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
	noteWrite(record, key);
	if (key === '__proto__') {
		Object.defineProperty(record, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	} else {
		record[key] = value;
	}
}

/** Deletes `key` (an own member, if there is one). */
export function deleteOwn(record: Record<string, unknown>, key: string): void {
	noteDelete(record);
	delete record[key];
}

/** An empty record with no prototype at all, for records that never need to be JSON-parsed back. */
export const emptyRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
