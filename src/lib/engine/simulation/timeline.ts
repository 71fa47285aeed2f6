/**
 * The timeline of a run: the whole run computed once, with a checkpoint (a frozen copy of the
 * world that shares what did not change with the checkpoint before: checkpoint.ts) every few ticks. The world at any tick = the nearest checkpoint at or before it,
 * replayed forward; replays reuse the run's append-only logs, so a seek costs at most one
 * checkpoint interval of steps. An intervention FORKS the timeline: it is added to the scenario
 * (immer keeps the old one intact) and the new, equally deterministic future is computed.
 */
import { produce } from 'immer';
import type { Intervention, Scenario } from '../scenario/types';
import { freezeCounting, newTracking, thaw, type FrozenState } from './checkpoint';
import type { Context } from '../run/context';
import { createContext } from './createContext';
import { initialWorld, step } from './step';
import type { Logs, WorldState } from '../run/world';
import { notingWrites } from '../writes';

export interface Checkpoint {
	readonly tick: number;
	/** The world at `tick`, frozen: it shares what did not change with the checkpoint before. */
	readonly world: FrozenState<WorldState>;
}

export interface Run {
	readonly scenario: Scenario;
	readonly ctx: Context;
	readonly logs: Logs;
	/** The world after the last tick. */
	readonly final: WorldState;
	readonly checkpoints: readonly Checkpoint[];
	/** The interval asked for, or without one the shortest (see `replayPerFreeze`). */
	readonly checkpointEvery: number;
}

export interface SimulateOptions {
	/**
	 * Ticks between checkpoints; 0 = only tick 0 (the CLI and benchmarks need no seeking). Without
	 * it, a checkpoint comes when replaying since the last one costs enough (see replayPerFreeze).
	 */
	checkpointEvery?: number;
}

/**
 * At most ~400 checkpoints, and at least one every 8 ticks on short runs. A seek thaws one
 * checkpoint and replays up to an interval of ticks; with hundreds of copies in flight a tick's
 * replay costs about as much as the thaw, so short runs keep their intervals short (measured on
 * tests/perf/many-in-flight.json: a far seek's worldAt 5.5 ms every 16 ticks, 3.6 every 8).
 * With no interval given, this is the shortest one: see `replayPerFreeze`.
 */
export const defaultCheckpointEvery = (ticks: number): number =>
	Math.max(8, Math.ceil(ticks / 400));

/**
 * Replaying a tick costs about as much as freezing this many values per trace record it writes
 * (and one more for the tick itself), measured on tests/perf/long-run.json and many-in-flight.json.
 */
const visitsPerRecord = 64;
/**
 * With no fixed interval, the next checkpoint comes once replaying the ticks since the last one
 * costs this many times what freezing the last one did. Freezing then costs at most about a
 * quarter of the run, and a seek replays at most about four freezes' worth. A large world that
 * changes little (thousands of streams, a command every other tick) gets a checkpoint every
 * hundred ticks or so; many copies in flight, every 8 ticks.
 */
const replayPerFreeze = 4;

export function simulate(scenario: Scenario, options: SimulateOptions = {}): Run {
	const steps = simulation(scenario, options);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * The same run as `simulate`, a tick at a time: each `next()` simulates one more tick and yields
 * it; the generator returns the Run. A caller with a screen to keep alive (the sandbox) runs it in
 * slices between frames, shows how far it got, and drops it if the scenario changes meanwhile.
 */
export function* simulation(
	scenario: Scenario,
	options: SimulateOptions = {}
): Generator<number, Run, void> {
	const ctx = createContext(scenario);
	const fixed = options.checkpointEvery;
	const every = fixed ?? defaultCheckpointEvery(scenario.ticks);
	const world = initialWorld(ctx);
	let { frozen: last, visited: cost } = freezeCounting(world);
	const checkpoints: Checkpoint[] = [{ tick: 0, world: last }];
	let lastTrace = 0;
	// The checkpoints look only at what the steps wrote (writes.ts); the CLI keeps none.
	const noted = fixed === 0 ? null : newTracking();
	const advance = noted ? () => notingWrites(() => step(ctx, world)) : () => step(ctx, world);
	while (world.tick < scenario.ticks) {
		advance();
		const since = world.tick - checkpoints[checkpoints.length - 1].tick;
		const due =
			fixed !== undefined
				? fixed > 0 && world.tick % fixed === 0
				: since >= every &&
					(world.traceLength - lastTrace + since) * visitsPerRecord >= replayPerFreeze * cost;
		if (due) {
			({ frozen: last, visited: cost } = freezeCounting(world, last, noted));
			checkpoints.push({ tick: world.tick, world: last });
			lastTrace = world.traceLength;
		}
		yield world.tick;
	}
	// The last tick too, so a seek to the end copies the final world without a replay.
	if (checkpoints[checkpoints.length - 1].tick !== world.tick)
		checkpoints.push({ tick: world.tick, world: freezeCounting(world, last, noted).frozen });
	return { scenario, ctx, logs: ctx.logs, final: world, checkpoints, checkpointEvery: every };
}

/** The world at the end of `tick` (clamped to the run), as a fresh object the caller owns. */
export function worldAt(run: Run, tick: number): WorldState {
	const t = Math.max(0, Math.min(run.scenario.ticks, Math.floor(tick)));
	let lo = 0;
	let hi = run.checkpoints.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (run.checkpoints[mid].tick <= t) lo = mid;
		else hi = mid - 1;
	}
	const world = thaw(run.checkpoints[lo].world);
	while (world.tick < t) step(run.ctx, world);
	return world;
}

/** The scenario with one more intervention: the timeline forks at `intervention.at`. */
export function withIntervention(scenario: Scenario, intervention: Intervention): Scenario {
	return produce(scenario, (draft) => {
		draft.interventions.push(intervention);
	});
}
