/**
 * Paints the copies' canvas, in a worker where the browser can. Rastering hundreds of copies is
 * most of a far seek's frame in a software-rendered browser: on this project's machine, with ~500
 * copies in flight, about 6 ms of the canvas's commit and 2.5 ms of drawing calls per frame,
 * beside about 10 ms of the seek and the page's own update. A worker paints while the main thread
 * goes on with the page: the copies show in the same frame or the next, and the seek's frame is
 * on time. (The badges and readouts stay on the page's thread: they are a millisecond, and their
 * Korean text needs the page's Hangul web font, which a worker does not have.)
 * Where there is no worker or no offscreen canvas, the frames are painted here.
 */
import { drawingSurface, Painting } from './canvas';
import { paintCopies, type CopiesFrame } from './drawCopies';
import type { CopiesMessage } from './copiesWorker';

export interface CopiesPainter {
	paint(frame: CopiesFrame): void;
	stop(): void;
}

export function copiesPainter(canvas: HTMLCanvasElement): CopiesPainter {
	const worker = startWorker(canvas);
	if (worker) {
		const post = (message: CopiesMessage, transfer: Transferable[] = []) =>
			worker.postMessage(message, transfer);
		return { paint: (frame) => post(frame, [frame.copies.buffer]), stop: () => worker.terminate() };
	}
	const painting = new Painting(drawingSurface(canvas));
	return { paint: (frame) => paintCopies(painting, frame), stop: () => {} };
}

/** A worker that owns the canvas's drawing, or null (the canvas is then left as it was). */
function startWorker(canvas: HTMLCanvasElement): Worker | null {
	if (typeof Worker !== 'function' || typeof canvas.transferControlToOffscreen !== 'function')
		return null;
	let worker: Worker;
	try {
		worker = new Worker(new URL('./copiesWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	try {
		const surface = canvas.transferControlToOffscreen();
		worker.postMessage({ canvas: surface } satisfies CopiesMessage, [surface]);
	} catch {
		worker.terminate();
		return null;
	}
	worker.onerror = (event) => console.error('The copies could not be painted:', event.message);
	return worker;
}
