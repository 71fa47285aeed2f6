/**
 * The visual vocabulary of the topology: one mark per kind of thing that happens, each with a
 * glyph and a shape as well as a colour (never colour alone), and the pure functions that turn
 * the trace near the cursor into short-lived "flashes" on the nodes where things happened.
 */
import type { Copy, InstanceParts, TraceRecord } from '$lib/engine';

export type CopyMark = 'event' | 'duplicate' | 'redelivery' | 'ack';
export type FlashMark =
	| 'received'
	| 'accepted'
	| 'conflict'
	| 'rejection'
	| 'failed'
	| 'appended'
	| 'snapshot'
	| 'published'
	| 'publishLost'
	| 'drop'
	| 'applied'
	| 'skip'
	| 'held'
	| 'crash'
	| 'restart'
	| 'partition'
	| 'stale'
	| 'fresh';

/** Copy marks: the shape drawn on the wire (and in the legend). */
export const copyShapes: Readonly<Record<CopyMark, 'circle' | 'diamond' | 'square' | 'triangle'>> =
	{ event: 'circle', duplicate: 'diamond', redelivery: 'square', ack: 'triangle' };

/** Flash marks: the glyph shown in a badge beside the node. */
export const flashGlyphs: Readonly<Record<FlashMark, string>> = {
	received: '→',
	accepted: '✓',
	conflict: '⚡',
	rejection: '⊘',
	failed: '✕',
	appended: '+',
	snapshot: '◫',
	published: '⇢',
	publishLost: '✕',
	drop: '✕',
	applied: '✓',
	skip: '↷',
	held: '∥',
	crash: '☠',
	restart: '↻',
	partition: '⌁',
	stale: '◷',
	fresh: '✓'
};

export function copyMark(copy: Pick<Copy, 'kind' | 'cause'>): CopyMark {
	if (copy.kind === 'ack') return 'ack';
	if (copy.cause === 'duplicate' || copy.cause === 'intervention') return 'duplicate';
	if (copy.cause === 'redelivery') return 'redelivery';
	return 'event';
}

/** Where a flash shows: a node key such as `handler:h1`, `instance:naive#0` (0-based), `store`. */
export type NodeKey = string;
export const instanceKey = (consumer: string, index: number): NodeKey =>
	`instance:${consumer}#${index}`;

export interface Flash {
	readonly key: NodeKey;
	readonly mark: FlashMark;
	/** Short text after the glyph: an event position, a command id, ticks behind. */
	readonly label: string;
	readonly t: number;
	/** Index in the trace: a stable id for keyed lists. */
	readonly seq: number;
	/** For drops on the wire: the lost message's id. */
	readonly message?: string;
}

/** The node a crash, restart or partition record is about. */
const nodeOf = (target: InstanceParts): NodeKey => instanceKey(target.consumer, target.instance);

/** The flash one trace record makes, or null if it makes none. */
export function flashOf(
	r: TraceRecord,
	seq: number,
	clientOf: (command: string) => string
): Flash | null {
	const f = (key: NodeKey, mark: FlashMark, label: string, message?: string): Flash => ({
		key,
		mark,
		label,
		t: r.t,
		seq,
		message
	});
	switch (r.type) {
		case 'CommandReceived':
			return f(`client:${clientOf(r.command)}`, 'received', `${r.command} ${r.commandType}`);
		case 'CommandAccepted':
			return f(`handler:${r.handler}`, 'accepted', r.command);
		case 'CommandRejected':
			return f(`handler:${r.handler}`, 'rejection', r.command);
		case 'CommandFailed':
			return f(`handler:${r.handler}`, 'failed', r.command);
		case 'AppendConflict':
			return f(`handler:${r.handler}`, 'conflict', r.command);
		case 'EventAppended':
			return f(r.store ? `store:${r.store}` : 'store', 'appended', `#${r.position}`);
		case 'SnapshotTaken':
			return f('snapshots', 'snapshot', `${r.stream} v${r.version}`);
		case 'RowUpdated':
			return f('store', 'appended', `${r.stream} v${r.version}`);
		case 'AuditLost':
			return f('store', 'publishLost', r.command);
		case 'Published':
			return f(r.store ? `relay:${r.store}` : 'relay', 'published', `#${r.position}`);
		case 'PublishLost':
			return f('relay', 'publishLost', `#${r.position}`);
		case 'RelayCrashed':
			return f(r.store ? `relay:${r.store}` : 'relay', 'crash', '');
		case 'RelayRestarted':
			return f(r.store ? `relay:${r.store}` : 'relay', 'restart', '');
		case 'MessageLost':
			return f(`message:${r.message}`, 'drop', r.message, r.message);
		case 'EventApplied':
			return f(instanceKey(r.consumer, r.instance), 'applied', `#${r.position}`);
		case 'EventSkipped':
			return f(instanceKey(r.consumer, r.instance), 'skip', `#${r.position}`);
		case 'EventHeld':
			return f(instanceKey(r.consumer, r.instance), 'held', `#${r.position}`);
		case 'NodeCrashed':
			return f(nodeOf(r.target), 'crash', '');
		case 'NodeRestarted':
			return f(nodeOf(r.target), 'restart', '');
		case 'PartitionStarted':
			return f(nodeOf(r.target), 'partition', '');
		case 'QueryAnswered':
			return f(
				`query:${r.consumer}`,
				r.stale ? 'stale' : 'fresh',
				r.stale ? `−${r.eventsBehind}` : r.client
			);
		default:
			return null;
	}
}

/**
 * Flashes from the trace records of the last `windowTicks` ticks up to the cursor (the trace
 * is in tick order, so this reads backward from `traceLength` and stops early).
 */
export function recentFlashes(
	trace: readonly TraceRecord[],
	traceLength: number,
	tick: number,
	windowTicks: number,
	clientOf: (command: string) => string
): Flash[] {
	const flashes: Flash[] = [];
	for (let i = Math.min(traceLength, trace.length) - 1; i >= 0; i--) {
		const r = trace[i];
		if (r.t <= tick - windowTicks) break;
		if (r.t > tick) continue;
		const flash = flashOf(r, i, clientOf);
		if (flash) flashes.push(flash);
	}
	return flashes.reverse();
}

/** Flashes grouped by node, the newest `perNode` of each, oldest first. */
export function flashesByNode(flashes: readonly Flash[], perNode: number): Map<NodeKey, Flash[]> {
	const byNode = new Map<NodeKey, Flash[]>();
	for (let i = flashes.length - 1; i >= 0; i--) {
		const list = byNode.get(flashes[i].key) ?? [];
		if (list.length < perNode) list.unshift(flashes[i]);
		byNode.set(flashes[i].key, list);
	}
	return byNode;
}

/** A flash's opacity: full at the tick it happened, fading over the window. */
export function flashOpacity(t: number, time: number, windowTicks: number): number {
	const age = time - t;
	if (age < 0) return 0;
	return Math.max(0.25, 1 - age / windowTicks);
}

export type SentRecord = Extract<TraceRecord, { type: 'MessageSent' }>;

/**
 * The send of the copy `message`, searched backwards from trace index `before` (its loss): where a
 * lost copy was going, and when. A copy is lost within its flight, so the search is short; an index
 * of every send in a long run would cost a full pass over its trace.
 */
export function sendOf(
	trace: readonly TraceRecord[],
	before: number,
	message: string
): SentRecord | undefined {
	for (let i = Math.min(before, trace.length) - 1; i >= 0; i--) {
		const r = trace[i];
		if (r.type === 'MessageSent' && r.message === message) return r;
	}
	return undefined;
}
