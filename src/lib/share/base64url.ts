/**
 * base64url (RFC 4648 §5, no padding) for share links: the alphabet is safe in a URL fragment and
 * survives chat apps and e-mail. The decoder is total: it reports a foreign character instead of
 * throwing, and it decodes whatever whole bytes a cut-off string still holds (the inflater then
 * notices that the stream ends too early, which is how a truncated link is told apart).
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const lookup = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;

export function toBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** The bytes, or the index of the first character outside the alphabet. */
export function fromBase64url(
	text: string
): { ok: true; bytes: Uint8Array } | { ok: false; badIndex: number } {
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let written = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? lookup[code] : -1;
		if (value < 0) return { ok: false, badIndex: i };
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[written++] = (buffer >> bits) & 0xff;
		}
	}
	return { ok: true, bytes: bytes.subarray(0, written) };
}
