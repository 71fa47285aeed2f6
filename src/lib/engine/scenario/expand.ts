/**
 * Generated commands: `repeat`, `every` and `jitter` expanded, `{i}` substituted, in arrival order.
 */
import { nextInt, seedStreams } from '../random';
import { repetitionPlaceholder } from './limits';
import type { Scenario } from './types';

/** Replace `{i}` in a string, and in every string inside arrays and plain objects. */
export function substitute(value: unknown, index: number): unknown {
	if (typeof value === 'string') return value.replaceAll(repetitionPlaceholder, String(index));
	if (Array.isArray(value)) return value.map((item) => substitute(item, index));
	if (value !== null && typeof value === 'object')
		// fromEntries defines own properties, so a "__proto__" key stays a plain key.
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, substitute(item, index)])
		);
	return value;
}

/** One command after `repeat` expansion and `{i}` substitution, as the simulation receives it. */
export interface ExpandedCommand {
	/** "c1", "c2", ... in order of (at, entry index, repetition). */
	id: string;
	at: number;
	stream: string;
	type: string;
	data: Record<string, unknown>;
	client: string;
}

/**
 * Every command a scenario sends, in arrival order. Entry k repeated r times arrives at
 * `at + (j - 1) * every` for j = 1..r with `{i}` = j; copies after the last tick (`ticks`) are
 * dropped, since the run would never reach them. Ties on `at` keep entry order, then repetition
 * order (the sort is stable and the copies are generated in that order).
 */
export function expandCommands(scenario: Scenario): ExpandedCommand[] {
	// Jitter draws from the workload stream alone, one number per generated command, so no other
	// knob changes when it arrives.
	const rng = seedStreams(scenario.seed);
	const copies: ExpandedCommand[] = [];
	for (const command of scenario.commands) {
		for (let index = 1; index <= command.repeat; index++) {
			const late = nextInt(rng, 'workload', 0, command.jitter);
			const arrival = command.at + (index - 1) * command.every + late;
			if (arrival > scenario.ticks) continue;
			copies.push({
				id: '',
				at: arrival,
				stream: substitute(command.stream, index) as string,
				type: command.type,
				data: substitute(command.data, index) as Record<string, unknown>,
				client: command.client
			});
		}
	}
	copies.sort((a, b) => a.at - b.at);
	copies.forEach((copy, i) => (copy.id = `c${i + 1}`));
	return copies;
}
