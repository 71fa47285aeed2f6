/**
 * Whether a consumer instance can hear and speak at a tick: down (crashed), cut off
 * (partitioned), or either (silent). The broker, the log broker, the consumers and the views ask
 * here; this module imports none of them, so each can use it without an import cycle.
 */
import type { ConsumerState } from '../run/world';

export const instanceDown = (c: ConsumerState, i: number, tick: number): boolean =>
	c.instances[i].downUntil > tick;

export const instancePartitioned = (c: ConsumerState, i: number, tick: number): boolean =>
	c.instances[i].partitionedUntil > tick;

/** Down or cut off: nothing reaches the instance and its acks and commits wait. */
export const instanceSilent = (c: ConsumerState, i: number, tick: number): boolean =>
	instanceDown(c, i, tick) || instancePartitioned(c, i, tick);
