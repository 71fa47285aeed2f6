/**
 * Which members of which records a run wrote since its last checkpoint. A checkpoint of a world
 * with thousands of streams used to enumerate every large record's keys (Object.keys of a record
 * in V8's dictionary mode sorts its keys: as costly as JSON.stringify of it) only to find the few
 * members a tick changed. While a run that keeps checkpoints steps (`notingWrites`), every write
 * to a record keyed by user ids (`setOwn`, `deleteOwn`, the tracking table) is noted here, and
 * the checkpoint (checkpoint.ts) reads the keys of a large record from the previous checkpoint
 * plus the keys added since, and looks only at the members written.
 *
 * It is bookkeeping beside the run, deterministic, and never read by the simulation itself; a
 * missed write would make a checkpoint differ from the world, which the checkpoint tests catch by
 * comparing every checkpoint with a JSON copy of the world (`verifyCheckpoints`).
 */

/** What was written to one record since a checkpoint last read it (`takeWrites`). */
export interface Writes {
	/** Every key written, added or not. */
	readonly keys: Set<string>;
	/** The keys the writes added, in the order they were added. */
	readonly added: string[];
	/** A member was deleted: the order of the keys is no longer known from the writes alone. */
	deleted: boolean;
}

let noting = false;
const written = new WeakMap<object, Writes>();

function writesOf(record: object): Writes {
	let writes = written.get(record);
	if (writes === undefined) {
		writes = { keys: new Set(), added: [], deleted: false };
		written.set(record, writes);
	}
	return writes;
}

/** Notes a write of `key` to `record`, before it happens (so it can tell whether it adds it). */
export function noteWrite(record: object, key: string | number): void {
	if (!noting) return;
	const name = String(key);
	const writes = writesOf(record);
	if (!Object.hasOwn(record, name)) writes.added.push(name);
	writes.keys.add(name);
}

/** Notes that a member of `record` is deleted. */
export function noteDelete(record: object): void {
	if (noting) writesOf(record).deleted = true;
}

/** The writes to `record` since the last call for it (or since noting began), forgetting them. */
export function takeWrites(record: object): Writes | undefined {
	const writes = written.get(record);
	if (writes !== undefined) written.delete(record);
	return writes;
}

/** Runs `work` with writes noted (a run's step, between two checkpoints). */
export function notingWrites<T>(work: () => T): T {
	const was = noting;
	noting = true;
	try {
		return work();
	} finally {
		noting = was;
	}
}
