/**
 * Checkpoints that cost what changed. A checkpoint is a frozen copy of the world that shares every
 * part which did not change since the previous checkpoint: the world is mutated in place while a
 * run steps, so `freeze` compares the live world with the previous checkpoint, part by part, and
 * copies only the parts that differ. Large records and arrays (a long run's thousands of streams:
 * `versions`, a consumer's model and tracking, the truth) are kept in chunks of `chunkSize`
 * entries, so a tick that touches a few streams copies a few chunks, not the record. A small
 * array (the copies in flight, the handlers) is matched as a subsequence of the previous one: an
 * element that moved up because another left the array is still shared.
 *
 * The result is exactly what a JSON round trip of the world gives (`thaw(freeze(w))` deep-equals
 * `JSON.parse(JSON.stringify(w))`, key order included): undefined members are left out (null in
 * arrays), numbers that JSON cannot hold become null, `-0` becomes 0, and a `__proto__` key comes
 * back as an own property, as JSON.parse gives it.
 *
 * A checkpoint is never mutated after it is made (nothing outside this file sees its nodes), so
 * sharing its parts with later checkpoints is safe however the engine mutates the live world.
 *
 * A large record is not even enumerated when the run noted its writes (writes.ts): its keys are
 * the previous checkpoint's plus those added since (in the order JSON would list them: integer
 * keys ascending, then the others as they were added), and only the members written, or holding
 * objects (which may have changed inside), are looked at. Enumerating a record of thousands of
 * members costs about what JSON.stringify of it did; a checkpoint now costs what changed.
 */
import { takeWrites, type Writes } from '../writes';

/** Entries per chunk of a large record or array; smaller ones are copied as they are. */
export const chunkSize = 64;

/**
 * A node: a primitive, a small array or plain object of nodes (copied as is, so V8 shares one
 * hidden class among same-shaped objects), or a large array or record in chunks.
 */
type Node = null | boolean | number | string | Node[] | PlainNode | ChunkedArray | ChunkedRecord;
interface PlainNode {
	[key: string]: Node;
}

/** An array of more than `chunkSize` elements, in chunks of `chunkSize` (the last may be short). */
class ChunkedArray {
	constructor(
		readonly length: number,
		readonly chunks: readonly (readonly Node[])[]
	) {}
}

/** A record of more than `chunkSize` members, in chunks: keys and values side by side. */
class ChunkedRecord {
	constructor(
		readonly size: number,
		readonly keys: readonly (readonly string[])[],
		readonly values: readonly (readonly Node[])[]
	) {}
}

/** The chunks' elements in one array (Array.prototype.flat is several times slower in V8). */
function flatten<T>(chunks: readonly (readonly T[])[]): T[] {
	let n = 0;
	for (const chunk of chunks) n += chunk.length;
	const out: T[] = new Array(n);
	let i = 0;
	for (const chunk of chunks) for (let j = 0; j < chunk.length; j++) out[i++] = chunk[j];
	return out;
}

const isPlain = (node: Node | undefined): node is PlainNode =>
	node !== null &&
	typeof node === 'object' &&
	!Array.isArray(node) &&
	!(node instanceof ChunkedArray) &&
	!(node instanceof ChunkedRecord);

/** What JSON keeps of a primitive; undefined for what an object leaves out (null in arrays). */
function primitive(value: unknown): Node | undefined {
	switch (typeof value) {
		case 'number':
			// JSON writes NaN and ±Infinity as null, and -0 as 0.
			return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
		case 'string':
		case 'boolean':
			return value;
		case 'object':
			return null; // only null gets here
		default:
			return undefined; // undefined, functions, symbols
	}
}

const kept = (v: unknown): boolean =>
	v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/** The keys JSON writes of an object, in its order. */
function keysOf(value: object): string[] {
	const keys = Object.keys(value);
	const record = value as Record<string, unknown>;
	for (const key of keys) if (!kept(record[key])) return keys.filter((k) => kept(record[k]));
	return keys;
}

function setMember(out: Record<string, unknown>, key: string, value: unknown): void {
	if (key === '__proto__')
		Object.defineProperty(out, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	else out[key] = value;
}

/**
 * Values visited by the freeze under way: what it cost, for the timeline to weigh against
 * replaying. Reset by each `freezeCounting` (a freeze is synchronous: nothing interleaves).
 */
let visited = 0;

/** What is known of a large live record from its last freeze. */
interface Tracked {
	/** The node it was frozen to: if that is the previous node, the writes since are noted. */
	node: ChunkedRecord;
	/** Each key's place among the record's keys (built when first needed; appends keep it). */
	index: Map<string, number> | null;
	/** Some member may hold an object (whose insides the run may change in place). */
	objects: boolean;
}
/**
 * What a run's checkpoints know of its large live records: one per run, made by `newTracking`
 * and dropped with the run's generator (the run's final world would keep it alive otherwise).
 */
export type Tracking = WeakMap<object, Tracked>;

export const newTracking = (): Tracking => new WeakMap();

/** The tracking of the freeze under way, if its writes were noted (see `freezeCounting`). */
let tracked: Tracking | null = null;

const holdsObjects = (node: ChunkedRecord): boolean =>
	node.values.some((chunk) => chunk.some((v) => v !== null && typeof v === 'object'));

/** Copies `value` as a node, reusing `prev` (and its parts) where nothing changed. */
function freezeValue(value: unknown, prev: Node | undefined): Node | undefined {
	visited++;
	if (value === null || typeof value !== 'object') return primitive(value);
	if (Array.isArray(value)) {
		if (value.length > chunkSize)
			return freezeChunkedArray(value, prev instanceof ChunkedArray ? prev : null);
		return freezeArray(value, Array.isArray(prev) ? prev : null);
	}
	const record = value as Record<string, unknown>;
	const writes = takeWrites(record);
	const known = tracked?.get(record);
	if (known !== undefined && known.node === prev) {
		const appended = appendedKeys(prev, record, writes);
		if (appended !== null) {
			known.node = freezeWritten(record, known, writes?.keys ?? noKeys, appended);
			return known.node;
		}
	}
	const keys = keysOf(record);
	if (keys.length > chunkSize) {
		const node = freezeChunkedRecord(record, keys, prev instanceof ChunkedRecord ? prev : null);
		tracked?.set(record, { node, index: null, objects: holdsObjects(node) });
		return node;
	}
	return freezeRecord(record, keys, isPlain(prev) ? prev : null);
}

const noKeys: ReadonlySet<string> = new Set();

/** An array index (`"0"` to `"4294967294"`): V8 and JSON list those keys first, ascending. */
function isIndex(key: string): boolean {
	const n = Number(key);
	return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === key;
}

/**
 * The keys added to `record` since `prev` was made, in the order `keysOf` would list them after
 * `prev`'s, or null where the writes cannot say: a member was deleted or holds what JSON leaves
 * out, or an index key was added before others (JSON lists index keys first, ascending).
 */
function appendedKeys(
	prev: ChunkedRecord,
	record: Record<string, unknown>,
	writes: Writes | undefined
): readonly string[] | null {
	if (writes === undefined) return [];
	if (writes.deleted) return null;
	for (const key of writes.keys) if (!kept(record[key])) return null;
	const added = writes.added;
	if (added.length === 0) return added;
	const lastChunk = prev.keys[prev.keys.length - 1];
	const last = lastChunk[lastChunk.length - 1];
	const indices = added.filter(isIndex);
	if (indices.length === 0) return added;
	// Index keys are listed first: they can only follow keys that are all indices, and smaller.
	if (!isIndex(last)) return null;
	indices.sort((a, b) => Number(a) - Number(b));
	if (Number(indices[0]) < Number(last)) return null;
	return indices.length === added.length
		? indices
		: indices.concat(added.filter((k) => !isIndex(k)));
}

/**
 * `record` frozen from its last node without enumerating it: its keys are that node's followed
 * by `appended`; a member is looked at only if it was written, or holds an object (whose insides
 * the run may have changed in place).
 */
function freezeWritten(
	record: Record<string, unknown>,
	known: Tracked,
	written: ReadonlySet<string>,
	appended: readonly string[]
): ChunkedRecord {
	const prev = known.node;
	const keyChunks = prev.keys.slice();
	const valueChunks = prev.values.slice();
	let changed = false;
	const set = (c: number, j: number, old: Node, key: string) => {
		const node = (freezeValue(record[key], old) ?? null) as Node;
		if (node === old) return;
		if (valueChunks[c] === prev.values[c]) valueChunks[c] = prev.values[c].slice();
		(valueChunks[c] as Node[])[j] = node;
		if (node !== null && typeof node === 'object') known.objects = true;
		changed = true;
	};
	if (known.objects)
		for (let c = 0; c < valueChunks.length; c++) {
			const keys = keyChunks[c];
			const values = prev.values[c];
			for (let j = 0; j < values.length; j++) {
				const old = values[j];
				if ((old !== null && typeof old === 'object') || written.has(keys[j]))
					set(c, j, old, keys[j]);
			}
		}
	else if (written.size > 0) {
		known.index ??= new Map(flatten(prev.keys).map((key, i) => [key, i]));
		for (const key of written) {
			const i = known.index.get(key);
			if (i === undefined) continue; // added: below
			const c = Math.floor(i / chunkSize);
			set(c, i - c * chunkSize, prev.values[c][i - c * chunkSize], key);
		}
	}
	// Counted as if visited: the timeline spaces checkpoints by this count (see timeline.ts).
	visited += prev.size;
	let k = 0;
	while (k < appended.length) {
		let c = keyChunks.length - 1;
		if (keyChunks[c].length === chunkSize) {
			keyChunks.push([]);
			valueChunks.push([]);
			c++;
		}
		const keys = keyChunks[c].slice();
		const values = valueChunks[c].slice();
		for (; k < appended.length && keys.length < chunkSize; k++) {
			const node = (freezeValue(record[appended[k]], undefined) ?? null) as Node;
			if (node !== null && typeof node === 'object') known.objects = true;
			known.index?.set(appended[k], prev.size + k);
			keys.push(appended[k]);
			values.push(node);
		}
		keyChunks[c] = keys;
		valueChunks[c] = values;
		changed = true;
	}
	return changed ? new ChunkedRecord(prev.size + appended.length, keyChunks, valueChunks) : prev;
}

/** How far ahead in the previous array an element is looked for (elements that left since). */
const lookAhead = 8;

/**
 * An array's elements, each matched with the previous array's: the element at the same place
 * if it is unchanged, else one a little further on (the elements before it left the array, as
 * copies in flight do when they arrive), else the element it replaced (partly shared).
 */
function freezeElements(value: readonly unknown[], prev: readonly Node[] | null): Node[] {
	const out: Node[] = new Array(value.length);
	let p = 0; // where in `prev` the next element is expected
	for (let i = 0; i < value.length; i++) {
		const hint = prev !== null && p < prev.length ? prev[p] : undefined;
		let node = freezeValue(value[i], hint);
		if (node === undefined) node = null;
		if (node !== hint && prev !== null && node !== null && typeof node === 'object') {
			for (let k = p + 1; k < Math.min(prev.length, p + 1 + lookAhead); k++)
				if (equalNodes(node, prev[k])) {
					node = prev[k];
					p = k;
					break;
				}
		}
		// Next, the element after this one's match (or after the one it replaced).
		p++;
		out[i] = node;
	}
	return out;
}

const sameElements = (a: readonly Node[], b: readonly Node[] | undefined): boolean => {
	if (b === undefined || a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};

function freezeArray(value: readonly unknown[], prev: readonly Node[] | null): Node[] {
	const out = freezeElements(value, prev);
	return prev !== null && sameElements(out, prev) ? (prev as Node[]) : out;
}

function freezeRecord(
	value: Record<string, unknown>,
	keys: readonly string[],
	prev: PlainNode | null
): PlainNode {
	let same = prev !== null;
	if (prev !== null) {
		const prevKeys = Object.keys(prev);
		if (prevKeys.length !== keys.length) same = false;
		else for (let i = 0; same && i < keys.length; i++) same = keys[i] === prevKeys[i];
	}
	const nodes: Node[] = new Array(keys.length);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const old = prev !== null && Object.hasOwn(prev, key) ? prev[key] : undefined;
		const node = freezeValue(value[key], old) as Node;
		if (node !== old) same = false;
		nodes[i] = node;
	}
	if (same) return prev!;
	const out: PlainNode = {};
	for (let i = 0; i < keys.length; i++) setMember(out, keys[i], nodes[i]);
	return out;
}

function freezeChunkedArray(value: readonly unknown[], prev: ChunkedArray | null): ChunkedArray {
	const flat = freezeElements(value, prev === null ? null : flatten(prev.chunks));
	const count = Math.ceil(flat.length / chunkSize);
	const chunks: (readonly Node[])[] = new Array(count);
	let same = prev !== null && prev.length === flat.length;
	for (let c = 0; c < count; c++) {
		const chunk = flat.slice(c * chunkSize, (c + 1) * chunkSize);
		const before = prev?.chunks[c];
		if (sameElements(chunk, before)) chunks[c] = before!;
		else {
			chunks[c] = chunk;
			same = false;
		}
	}
	return same ? prev! : new ChunkedArray(flat.length, chunks);
}

function freezeChunkedRecord(
	value: Record<string, unknown>,
	keys: readonly string[],
	prev: ChunkedRecord | null
): ChunkedRecord {
	const n = keys.length;
	const count = Math.ceil(n / chunkSize);
	const keyChunks: (readonly string[])[] = new Array(count);
	const valueChunks: (readonly Node[])[] = new Array(count);
	let same = prev !== null && prev.size === n;
	// Where each key was in `prev`, built only if some key is not where it was (members were
	// deleted, or a smaller integer key was added: V8 orders those first).
	let at: Map<string, number> | null = null;
	const previous = (i: number, key: string): Node | undefined => {
		if (prev === null) return undefined;
		const c = Math.floor(i / chunkSize);
		if (c < prev.keys.length && prev.keys[c][i - c * chunkSize] === key)
			return prev.values[c][i - c * chunkSize];
		if (i >= prev.size && at === null) return undefined; // appended
		at ??= new Map(flatten(prev.keys).map((k, index) => [k, index]));
		const j = at.get(key);
		return j === undefined ? undefined : prev.values[Math.floor(j / chunkSize)][j % chunkSize];
	};
	for (let c = 0; c < count; c++) {
		const start = c * chunkSize;
		const end = Math.min(n, start + chunkSize);
		const beforeKeys = prev !== null && c < prev.keys.length ? prev.keys[c] : null;
		const beforeValues = prev !== null && c < prev.values.length ? prev.values[c] : null;
		let keysSame = beforeKeys !== null && beforeKeys.length === end - start;
		for (let i = start; keysSame && i < end; i++) keysSame = keys[i] === beforeKeys![i - start];
		let copy: Node[] | null = keysSame ? null : [];
		for (let i = start; i < end; i++) {
			const j = i - start;
			const old = keysSame ? beforeValues![j] : previous(i, keys[i]);
			const member = value[keys[i]];
			visited++;
			const node = (
				typeof member === 'number' && member !== 0 && Number.isFinite(member)
					? member
					: freezeValue(member, old)
			) as Node;
			if (copy === null) {
				if (node === old) continue;
				copy = beforeValues!.slice(0, j) as Node[];
			}
			copy.push(node);
		}
		keyChunks[c] = keysSame ? beforeKeys! : keys.slice(start, end);
		valueChunks[c] = copy ?? beforeValues!;
		if (copy !== null) same = false;
	}
	return same ? prev! : new ChunkedRecord(n, keyChunks, valueChunks);
}

/** Two nodes hold the same JSON (key order included). */
function equalNodes(a: Node | undefined, b: Node | undefined): boolean {
	if (a === b) return true;
	if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!equalNodes(a[i], b[i])) return false;
		return true;
	}
	if (a instanceof ChunkedArray) {
		if (!(b instanceof ChunkedArray) || a.length !== b.length) return false;
		return equalNodes(flatten(a.chunks), flatten(b.chunks));
	}
	if (a instanceof ChunkedRecord) {
		if (!(b instanceof ChunkedRecord) || a.size !== b.size) return false;
		const ka = flatten(a.keys);
		const kb = flatten(b.keys);
		for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return false;
		return equalNodes(flatten(a.values), flatten(b.values));
	}
	if (!isPlain(b)) return false;
	// Members first (most candidates differ in their first one), then the order of the keys.
	let size = 0;
	for (const key in a) {
		if (!Object.hasOwn(b, key) || !equalNodes(a[key], b[key])) return false;
		size++;
	}
	for (const key in b) if (Object.hasOwn(b, key)) size--;
	if (size !== 0) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return false;
	return true;
}

function thawValue(node: Node): unknown {
	if (node === null || typeof node !== 'object') return node;
	if (Array.isArray(node)) {
		const out: unknown[] = new Array(node.length);
		for (let i = 0; i < node.length; i++) out[i] = thawValue(node[i]);
		return out;
	}
	if (node instanceof ChunkedArray) {
		const out: unknown[] = new Array(node.length);
		let i = 0;
		for (const chunk of node.chunks) for (const element of chunk) out[i++] = thawValue(element);
		return out;
	}
	const out: Record<string, unknown> = {};
	if (node instanceof ChunkedRecord) {
		for (let c = 0; c < node.keys.length; c++) {
			const keys = node.keys[c];
			const values = node.values[c];
			for (let j = 0; j < keys.length; j++) setMember(out, keys[j], thawValue(values[j]));
		}
		return out;
	}
	for (const key of Object.keys(node)) setMember(out, key, thawValue(node[key]));
	return out;
}

let verifying = false;

/**
 * Tests: compare every checkpoint made from now on with a JSON copy of the world it copies, and
 * throw if they differ (a write the run did not note would make them differ).
 */
export function verifyCheckpoints(on: boolean): void {
	verifying = on;
}

/** A frozen copy of a value of type T (the phantom type keeps a world a world). */
export interface FrozenState<T> {
	readonly node: Node;
	readonly __type?: T;
}

/** A frozen copy of a JSON value, sharing every part that equals the same part of `prev`. */
export function freeze<T>(state: T, prev?: FrozenState<T>): FrozenState<T> {
	return freezeCounting(state, prev).frozen;
}

/**
 * `freeze`, and how many values it visited (what it cost: about the size of `state`). With
 * `noted` (the run's tracking), every write to `state` since `prev` was made was noted (writes.ts), and its
 * large records are not enumerated.
 */
export function freezeCounting<T>(
	state: T,
	prev?: FrozenState<T>,
	noted: Tracking | null = null
): { frozen: FrozenState<T>; visited: number } {
	visited = 0;
	tracked = noted;
	const node = freezeValue(state, prev?.node) ?? null;
	tracked = null;
	if (verifying && JSON.stringify(thawValue(node)) !== JSON.stringify(state))
		throw new Error('a checkpoint differs from the world it copies (a write was not noted?)');
	return { frozen: prev !== undefined && node === prev.node ? prev : { node }, visited };
}

/** A fresh, mutable copy of a frozen value: what JSON.parse(JSON.stringify(state)) would give. */
export function thaw<T>(frozen: FrozenState<T>): T {
	return thawValue(frozen.node) as T;
}
