/**
 * A stable 53-bit string hash (cyrb53 by bryc, public domain), fed incrementally so that a long
 * trace can be hashed without building one giant string. Used for `traceHash`: the same
 * scenario and seed must give the same hash in Node and in the browser.
 */
export interface Hasher {
	h1: number;
	h2: number;
}

export function newHasher(seed = 0): Hasher {
	return { h1: 0xdeadbeef ^ seed, h2: 0x41c6ce57 ^ seed };
}

export function feed(h: Hasher, text: string): void {
	let { h1, h2 } = h;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h.h1 = h1;
	h.h2 = h2;
}

export function digest(h: Hasher): string {
	let h1 = Math.imul(h.h1 ^ (h.h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h.h2 ^ (h.h2 >>> 13), 3266489909);
	let h2 = Math.imul(h.h2 ^ (h.h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return n.toString(16).padStart(14, '0');
}

export function hashString(text: string): string {
	const h = newHasher();
	feed(h, text);
	return digest(h);
}
