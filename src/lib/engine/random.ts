/**
 * The one seeded source of chance. A scenario's uint32 seed is split into independent streams,
 * one per subsystem, so that turning one knob (say, the network's drop rate) does not reshuffle
 * what the workload or the faults draw (TigerBeetle's VOPR does the same from one seed).
 *
 * Each stream is a single uint32 of state (mulberry32), kept inside the JSON world, so a
 * checkpoint carries it and a replay continues it bit for bit, in Node and in the browser.
 */

const rngStreams = ['workload', 'handlers', 'network', 'faults'] as const;
export type RngStream = (typeof rngStreams)[number];
export type RngState = Record<RngStream, number>;

/** splitmix32-style mixing: well-spread, distinct starting states from one seed. */
function mix(seed: number, salt: number): number {
	let z = (seed + Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
	return (z ^ (z >>> 16)) >>> 0;
}

export function seedStreams(seed: number): RngState {
	const state = {} as RngState;
	rngStreams.forEach((name, i) => (state[name] = mix(seed >>> 0, i)));
	return state;
}

/** A uniform float in [0, 1) from the named stream, advancing it (mulberry32). */
function nextFloat(rng: RngState, stream: RngStream): number {
	const s = (rng[stream] + 0x6d2b79f5) >>> 0;
	rng[stream] = s;
	let t = Math.imul(s ^ (s >>> 15), s | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A uniform integer in [min, max], inclusive. */
export function nextInt(rng: RngState, stream: RngStream, min: number, max: number): number {
	return min + Math.floor(nextFloat(rng, stream) * (max - min + 1));
}

/** True with probability p. Always draws, so that p = 0 and p > 0 consume the stream alike. */
export function chance(rng: RngState, stream: RngStream, p: number): boolean {
	return nextFloat(rng, stream) < p;
}
