/**
 * Paints the copies' canvas off the page's main thread (see copiesPainter.ts). It is handed the
 * canvas once, then frames as data; frames that come while one is being painted are skipped
 * but the newest, which is painted next.
 */
import { Painting } from './canvas';
import { paintCopies, type CopiesFrame } from './drawCopies';

export type CopiesMessage = { readonly canvas: OffscreenCanvas } | CopiesFrame;

let painting: Painting | null = null;
let newest: CopiesFrame | null = null;
let due = false;

function paint(): void {
	due = false;
	if (painting && newest) paintCopies(painting, newest);
	newest = null;
}

self.onmessage = ({ data }: MessageEvent<CopiesMessage>) => {
	if ('canvas' in data) {
		painting = new Painting(data.canvas);
		return;
	}
	newest = data;
	// The frames posted while this one waits to be painted arrive first: only the newest is painted.
	if (!due) {
		due = true;
		setTimeout(paint, 0);
	}
};
