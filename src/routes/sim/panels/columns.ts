/**
 * The event-store table's column widths, from the run's whole store: a side panel has room for
 * six columns only if each is about as wide as what it holds. Fixed for a run, the columns stay
 * put while scrubbing (a table laid out by its rows would jump as they change), and a four-digit
 * position no longer runs into the stream beside it.
 */
import { type Run, storeExtent } from '$lib/engine';
import { compact } from './format';

export interface EventColumns {
	readonly position: string;
	readonly version: string;
	readonly type: string;
	readonly data: string;
	readonly tick: string;
	/** The stream column's least width: its longest id, unbroken ("counter-1" never wraps). */
	readonly stream: string;
}

/** Data longer than this many characters wraps (at ", " where it can): the stream needs room too. */
const dataChars = 14;
/** How many events at each end of the store the data's width is taken from. */
const dataSample = 500;
/** Headers ("Pos.", "Ver.", "Tick", "위치"…) need about four characters. */
const headerChars = 4;

/**
 * A CSS width for `chars` characters (`ch`, a digit's width, about a monospace character) and the
 * cells' padding (0.3rem a side).
 */
export const charsWide = (chars: number): string =>
	`calc(${Math.max(chars, headerChars)}ch + 0.6rem)`;

const digits = (n: number) => String(Math.max(0, Math.floor(n))).length;

const cache = new WeakMap<Run, EventColumns>();

/**
 * The widths of the position, version, type, data and tick columns, and the stream's least width
 * (it takes the rest; a table too narrow for it scrolls sideways rather than break an id).
 */
export function eventColumns(run: Run): EventColumns {
	let columns = cache.get(run);
	if (columns) return columns;
	const extent = storeExtent(run);
	let word = 0;
	let data = 0;
	const types = new Set<string>();
	const events = run.logs.events;
	let streamChars = 0;
	for (const e of events) {
		types.add(e.type);
		streamChars = Math.max(streamChars, e.streamId.length);
	}
	// The data's length from the first and the last events (values such as totals grow with the
	// run): enough for a width, without formatting every event of a 10,000-tick run.
	for (const e of [...events.slice(0, dataSample), ...events.slice(-dataSample)])
		if (data < dataChars) data = Math.max(data, compact(e.data).length);
	// A type wraps between its words (typeWithBreaks): its longest word must fit.
	for (const type of types)
		for (const w of type.split(/(?<=[a-z0-9])(?=[A-Z])/)) word = Math.max(word, w.length);
	columns = {
		// "●#" before the position, and bold when selected.
		position: charsWide(digits(extent.position) + 3),
		version: charsWide(digits(extent.version)),
		// Letters run a little wider than digits.
		type: charsWide(word + 1),
		data: charsWide(Math.min(data, dataChars)),
		tick: charsWide(digits(extent.tick)),
		// Letters run a little wider than digits.
		stream: charsWide(Math.ceil(streamChars * 1.1))
	};
	cache.set(run, columns);
	return columns;
}
