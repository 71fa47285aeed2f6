/**
 * A consumer's tracking table: which store positions it has applied, and how many times. The
 * idempotent consumer checks it before applying (a processed-message table, microservices.io);
 * the invariants and panels read it to count repeats and gaps.
 *
 * It is stored as a prefix and the exceptions to it, not as one entry per event: under normal
 * operation almost every event is applied once and in order, so the state a checkpoint copies
 * stays small however long the run (see ConsumerState).
 */
import type { ConsumerState } from '../run/world';
import { noteDelete, noteWrite } from '../writes';

type Tracking = Pick<ConsumerState, 'contiguous' | 'appliedAbove' | 'repeats' | 'distinctApplied'>;

export const emptyTracking = (): Tracking => ({
	contiguous: 0,
	appliedAbove: {},
	repeats: {},
	distinctApplied: 0
});

export const hasApplied = (c: Tracking, position: number): boolean =>
	position <= c.contiguous || c.appliedAbove[position] === true;

export const timesApplied = (c: Tracking, position: number): number =>
	hasApplied(c, position) ? 1 + (c.repeats[position] ?? 0) : 0;

/** Records one more apply of `position`; true if it was the first. */
export function recordApplied(c: Tracking, position: number): boolean {
	if (hasApplied(c, position)) {
		noteWrite(c.repeats, position);
		c.repeats[position] = (c.repeats[position] ?? 0) + 1;
		return false;
	}
	c.distinctApplied++;
	if (position !== c.contiguous + 1) {
		noteWrite(c.appliedAbove, position);
		c.appliedAbove[position] = true;
		return true;
	}
	c.contiguous = position;
	while (c.appliedAbove[c.contiguous + 1]) {
		noteDelete(c.appliedAbove);
		delete c.appliedAbove[++c.contiguous];
	}
	return true;
}

/** Applies beyond each position's first, over all positions. */
export const extraApplies = (c: Tracking): number =>
	Object.values(c.repeats).reduce((sum, k) => sum + k, 0);

/** Every apply, repeats included. */
export const totalApplied = (c: Tracking): number => c.distinctApplied + extraApplies(c);

/** The positions up to `head` that were never applied, in order. */
export function unapplied(c: Tracking, head: number): number[] {
	const missing: number[] = [];
	for (let p = c.contiguous + 1; p <= head; p++) if (!c.appliedAbove[p]) missing.push(p);
	return missing;
}
