/**
 * The moment the panels show: the run and world at the cursor, a frame or two behind (see
 * Trailing). A seek draws the picture in one frame and the panels, whose tables rewrite their rows
 * on a far seek, two frames later; while a drag moves the cursor, the picture follows it in every
 * frame and the panels once the hand rests (100 ms without a move). While playing, which never
 * rests, they follow every 100 ms. A drag's catch-ups cost frames: catching up in every frame
 * without a move (a slow hand, or moves a little further apart than frames) rewrote the tables
 * between moves and made the next move's frame late, and so did catching up every 100 ms of a
 * long drag, whenever the moves paused for 50 ms, or a frame after a drag's first move. With the
 * Event store column open, 77% of a drag's frames were on time with the first, 80% with the
 * second, 86% with the third, 87-90% with the last and 92-93% now, as with the Settings column
 * (tests/perf/input.mjs, each against the one before in turns).
 * Panels.svelte makes it (`followCursor`); each panel reads it (`getMoment`).
 */
import { getContext, setContext } from 'svelte';
import type { Run } from '$lib/engine';
import type { Simulation } from '$lib/playback/simulation.svelte';
import { Trailing } from '$lib/playback/trailing.svelte';

export interface Moment {
	readonly run: Run;
	readonly world: Simulation['world'];
	/** The world's tick. */
	readonly tick: number;
	/** Behind the cursor, for a frame or a few while it moves. */
	readonly busy: boolean;
}

const key = Symbol('moment');

/** Makes the panels' moment and shares it with them. Call while a component initialises. */
export function followCursor(sim: Simulation): Moment {
	const now = $derived({ run: sim.run, world: sim.world });
	// A drag that never rests still shows the panels 3 s at most behind it.
	const shown = new Trailing(() => now, { maxLag: () => (sim.playing ? 100 : 3000) });
	return setContext<Moment>(key, {
		get run() {
			return shown.current.run;
		},
		get world() {
			return shown.current.world;
		},
		get tick() {
			return shown.current.world.tick;
		},
		get busy() {
			return shown.current !== now;
		}
	});
}

/** The panels' moment, or, for a panel shown alone, the cursor itself. */
export function getMoment(sim: Simulation): Moment {
	return (
		getContext<Moment | undefined>(key) ?? {
			get run() {
				return sim.run;
			},
			get world() {
				return sim.world;
			},
			get tick() {
				return sim.tick;
			},
			busy: false
		}
	);
}
