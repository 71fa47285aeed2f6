/**
 * The topology's readouts (each node's lines of state) on their way to one canvas. A Box places
 * its lines and hands this a getter; NodeLabels.svelte paints every getter's lines, so it repaints
 * when one of them changes, and the boxes stay where they are in the SVG.
 *
 * Why a canvas: a seek changes the lines of most boxes at once, spread over the whole picture.
 * As SVG text, every one is laid out again and the tiles under them rastered again (in a
 * software-rendered Chromium, that put a far seek past its frame); painted, they cost a few
 * fillText calls. Assistive technology loses nothing: a box is an image or a button with a name
 * of its own, which hid its lines before too, and the panels say all of it in full.
 */
import { getContext, setContext, untrack } from 'svelte';
import type { PlacedLine } from '$lib/viz/readout';

/** One box's readout: its lines, placed. */
export interface Readout {
	readonly lines: readonly PlacedLine[];
}

export class ReadoutBoard {
	/** Changes only when a box comes or goes; each getter tracks its own box's lines. */
	sources = $state.raw<readonly (() => Readout)[]>([]);

	/** Adds a box's readout until the returned function is called (its component's teardown). */
	add(source: () => Readout): () => void {
		untrack(() => (this.sources = [...this.sources, source]));
		return () => untrack(() => (this.sources = this.sources.filter((s) => s !== source)));
	}
}

const key = Symbol('readouts');

/** Called by the topology: the boxes inside it paint their lines on its canvas. */
export function setReadouts(readouts: ReadoutBoard): ReadoutBoard {
	return setContext(key, readouts);
}

export function getReadouts(): ReadoutBoard {
	const readouts = getContext<ReadoutBoard | undefined>(key);
	if (!readouts) throw new Error('A Box needs a topology around it (setReadouts).');
	return readouts;
}
