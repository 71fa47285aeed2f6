/**
 * The picture's zoom step (see $lib/viz/scale), kept for the tab's session: a teacher who zooms
 * in for the room keeps it from lesson to lesson and back in the sandbox, and a new tab starts
 * at 1. One instance for the page, shared by every topology on it.
 */
import { parseZoom, stepZoom } from '$lib/viz/scale';

const key = 'eventscope.zoom';

function readZoom(): number {
	try {
		return parseZoom(sessionStorage.getItem(key));
	} catch {
		return 1;
	}
}

export class PictureZoom {
	level = $state(1);

	/** After hydration (the prerendered page is drawn at 1). */
	load = () => (this.level = readZoom());

	#set(level: number) {
		this.level = level;
		try {
			if (level === 1) sessionStorage.removeItem(key);
			else sessionStorage.setItem(key, String(level));
		} catch {
			// No storage (a blocked frame): the zoom lasts as long as the page.
		}
	}

	in = () => this.#set(stepZoom(this.level, 1));
	out = () => this.#set(stepZoom(this.level, -1));
	reset = () => this.#set(1);
}
