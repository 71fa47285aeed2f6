/**
 * Numbers in captions, read off the run at the stop's tick so a caption can never state a number
 * the simulation did not produce: `{events}` (events in the store), `{streams}`, `{count:NAME}`
 * (a run count such as `staleReads`), `{rows:CONSUMER}` (rows in its read model) and
 * `{value:CONSUMER:KEY}` (one value in it).
 */
import type { Run, RunCounts, WorldState } from '$lib/engine';
import { lookup, viewOf } from './predicates';

const placeholderPattern =
	/\{(events|streams|count:\w+|rows:[a-z0-9-]+|value:[a-z0-9-]+:[\w.-]+)\}/g;

function sizeOf(value: unknown): number {
	if (Array.isArray(value)) return value.length;
	if (value !== null && typeof value === 'object') return Object.keys(value).length;
	return 0;
}

/** The value of one placeholder (without braces), or undefined if it names nothing. */
function placeholderValue(run: Run, world: WorldState, name: string): string | undefined {
	const [kind, a, b] = name.split(':');
	switch (kind) {
		case 'events':
			return String(world.storeHead);
		case 'streams':
			return String(Object.keys(world.versions).length);
		case 'count':
			return a in world.counts ? String(world.counts[a as keyof RunCounts]) : undefined;
		case 'rows': {
			const view = viewOf(run, world, a);
			return view === undefined ? undefined : String(sizeOf(view));
		}
		case 'value': {
			const value = lookup(viewOf(run, world, a), b);
			return value === undefined ? undefined : JSON.stringify(value);
		}
		default:
			return undefined;
	}
}

export function fillPlaceholders(text: string, run: Run, world: WorldState): string {
	return text.replace(
		placeholderPattern,
		(whole, name: string) => placeholderValue(run, world, name) ?? whole
	);
}
