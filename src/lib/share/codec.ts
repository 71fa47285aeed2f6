/**
 * Share links: what is on screen (a scenario with its interventions, the tick, the open panels)
 * as a URL fragment, `s2.` + checksum + `.` + base64url(deflate(JSON)). The checksum (40 bits of
 * a hash of the base64url text) makes a damaged link fail instead of opening another run: one
 * changed character in an unchecked link could still inflate to a valid scenario (seed 4 → 8).
 * Links made before it (`s1.` + base64url(deflate(JSON))) still open. Only the scenario's
 * differences from a base go in the link (by default the format's defaults, which are part of
 * the stable contract; a lesson passes its own scenario as the base), so a link stays short.
 * Links made before scenario format v2 (no `f` inside) decode against v1's frozen defaults
 * (legacy.ts).
 *
 * Decoding is bounded and total: a fragment longer than `shareLimits.fragmentCharsMax` is refused
 * unread, inflating stops at `shareLimits.inflatedBytesMax` (no link can make a tab inflate
 * megabytes), and every failure is a value with a kind the UI can explain, never a throw.
 */
import '$lib/engine/zodConfig';
import { Inflate, deflateSync } from 'fflate';
import * as z from 'zod/mini';
import {
	formatScenarioErrors,
	hashString,
	limits,
	nestingMessage,
	parseScenario,
	type Scenario,
	scenarioFormat,
	textNestsDeeper
} from '$lib/engine';
import { fromBase64url, toBase64url } from './base64url';
import { applyPatch, diffJson } from './diff';
import { asV1, v1Defaults } from './legacy';

/** The version of the JSON inside a link (its `v`). */
const shareVersion = 1;
/** The version of the link around it: 2 added the checksum; a later one is recognised as newer. */
const linkVersion = 2;
/** The marker in front of every link made now. */
export const sharePrefix = `s${linkVersion}.`;
/** Links made before the checksum: read, never written. */
export const uncheckedPrefix = 's1.';
const checksumChars = 10;

/** The checksum of a link's base64url text. */
export const checksumOf = (payload: string): string => hashString(payload).slice(-checksumChars);

export const shareLimits = {
	/** Longest fragment the decoder reads at all (characters, after the `#`). */
	fragmentCharsMax: 65_536,
	/** Where inflating stops: the JSON inside a link is never larger than this (bytes). */
	inflatedBytesMax: 256 * 1024,
	/** Input bytes fed to the inflater per step, so one step can only expand so far. */
	inflateChunkBytes: 64,
	panelsMax: 32
} as const;

/** What a link holds. `base` names the scenario the link was diffed against (absent: defaults). */
export interface ShareState {
	v: typeof shareVersion;
	scenario: Scenario;
	tick: number;
	panels?: string[];
	base?: string;
}

/** A scenario a link is relative to, e.g. `{ ref: 'lesson:outbox', scenario }`. */
export interface ShareBase {
	ref: string;
	scenario: Scenario;
}

export type ShareErrorKind =
	'truncated' | 'corrupt' | 'too-large' | 'newer-version' | 'invalid-scenario';
export interface ShareError {
	kind: ShareErrorKind;
	/** A technical detail in English (the UI shows a translated sentence per kind above it). */
	message: string;
}
export type DecodeResult = { ok: true; state: ShareState } | { ok: false; error: ShareError };
export type EncodeResult = { ok: true; fragment: string } | { ok: false; error: ShareError };

export interface DecodeOptions {
	/** Finds the base scenario a link names (lessons); the format's defaults need no resolver. */
	resolveBase?: (ref: string) => Scenario | undefined;
}

let defaults: Scenario | undefined;
/** The scenario every field of which is a default: the implicit base of a link. */
export function defaultScenario(): Scenario {
	if (defaults === undefined) {
		const parsed = parseScenario({ format: scenarioFormat });
		if (!parsed.ok) throw new Error('the default scenario must be valid');
		defaults = parsed.scenario;
	}
	return defaults;
}

/** A short fingerprint of a base scenario, so a link made against an older lesson is noticed. */
const fingerprint = (scenario: unknown) => hashString(JSON.stringify(scenario)).slice(-8);

/**
 * The scenario format a link's patch was taken against: 2 now. A link without `f` was made
 * before v2, against v1's defaults (legacy.ts).
 */
const linkScenarioFormat = 2;

/** The JSON inside a link: short keys, since every character counts. */
const wireSchema = z.strictObject({
	v: z.number(),
	f: z.optional(z.literal(linkScenarioFormat)),
	s: z.optional(z.unknown()),
	t: z.int().check(z.minimum(0), z.maximum(limits.ticksMax)),
	p: z.optional(
		z
			.array(z.string().check(z.maxLength(limits.idCharsMax)))
			.check(z.maxLength(shareLimits.panelsMax))
	),
	b: z.optional(z.string().check(z.maxLength(limits.idCharsMax))),
	h: z.optional(z.string().check(z.maxLength(16)))
});
type Wire = z.infer<typeof wireSchema>;

const fail = (kind: ShareErrorKind, message: string) => ({
	ok: false as const,
	error: { kind, message }
});

export function encodeShare(state: Omit<ShareState, 'v'>, base?: ShareBase): EncodeResult {
	const from = base?.scenario ?? defaultScenario();
	const wire: Wire = { v: shareVersion, f: linkScenarioFormat, t: state.tick };
	const patch = diffJson(from, state.scenario);
	if (patch !== undefined) wire.s = patch;
	if (state.panels !== undefined && state.panels.length > 0) wire.p = state.panels;
	if (base !== undefined) {
		wire.b = base.ref;
		wire.h = fingerprint(base.scenario);
	}
	const json = new TextEncoder().encode(JSON.stringify(wire));
	if (json.length > shareLimits.inflatedBytesMax)
		return fail(
			'too-large',
			`the scenario is ${json.length} bytes; a link holds at most ${shareLimits.inflatedBytesMax}`
		);
	const payload = toBase64url(deflateSync(json, { level: 9 }));
	const fragment = `${sharePrefix}${checksumOf(payload)}.${payload}`;
	if (fragment.length > shareLimits.fragmentCharsMax)
		return fail(
			'too-large',
			`the link would be ${fragment.length} characters; at most ${shareLimits.fragmentCharsMax}`
		);
	return { ok: true, fragment };
}

/** Inflates at most `max` bytes; reports a cut-off stream as truncated, garbage as corrupt. */
export function inflateBounded(
	bytes: Uint8Array,
	max: number
): { ok: true; bytes: Uint8Array } | { ok: false; error: ShareError } {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total <= max) chunks.push(chunk);
	});
	try {
		const step = shareLimits.inflateChunkBytes;
		for (let i = 0; i < bytes.length || i === 0; i += step) {
			inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length);
			if (total > max) return fail('too-large', `the link expands to more than ${max} bytes`);
		}
	} catch (thrown) {
		const code = (thrown as { code?: unknown } | null)?.code;
		return code === 0
			? fail('truncated', 'the compressed data ends too early')
			: fail('corrupt', 'the compressed data is damaged');
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return { ok: true, bytes: out };
}

function parseWire(bytes: Uint8Array): { ok: true; wire: Wire } | { ok: false; error: ShareError } {
	let text: string;
	let value: unknown;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		// Before JSON.parse and the patching, which recurse: deep nesting would overflow the stack.
		if (textNestsDeeper(text)) return fail('invalid-scenario', `the link ${nestingMessage}`);
		value = JSON.parse(text);
	} catch {
		return fail('corrupt', 'the link does not hold valid JSON');
	}
	const version = (value as { v?: unknown } | null)?.v;
	if (typeof version === 'number' && version > shareVersion)
		return fail(
			'newer-version',
			`the link has version ${version}; this EventScope reads version ${shareVersion}`
		);
	const parsed = wireSchema.safeParse(value);
	if (!parsed.success || parsed.data.v !== shareVersion)
		return fail('corrupt', 'the link does not hold an EventScope state');
	return { ok: true, wire: parsed.data };
}

/** The base the link's patch applies to: v2, or for a link made before v2 the v1 form of it. */
function resolve(wire: Wire, options: DecodeOptions) {
	const legacy = wire.f === undefined;
	if (wire.b === undefined)
		return { ok: true as const, scenario: legacy ? v1Defaults : defaultScenario() };
	const resolved = options.resolveBase?.(wire.b);
	if (resolved === undefined)
		return fail('corrupt', `the link refers to "${wire.b}", which this EventScope does not have`);
	const scenario = legacy ? asV1(resolved) : resolved;
	if (scenario === undefined || wire.h !== fingerprint(scenario))
		return fail(
			'newer-version',
			`"${wire.b}" has changed since the link was made, so it cannot be replayed exactly`
		);
	return { ok: true as const, scenario };
}

function decodeUnsafe(text: string, options: DecodeOptions): DecodeResult {
	const fragment = text.startsWith('#') ? text.slice(1) : text;
	if (fragment.length > shareLimits.fragmentCharsMax)
		return fail(
			'too-large',
			`the link is ${fragment.length} characters; at most ${shareLimits.fragmentCharsMax} are read`
		);
	const marker = /^s(\d{1,6})\./.exec(fragment);
	if (marker === null)
		return fail(fragment === '' ? 'truncated' : 'corrupt', 'this is not an EventScope link');
	const version = Number(marker[1]);
	if (version > linkVersion)
		return fail(
			'newer-version',
			`the link has version ${marker[1]}; this EventScope reads version ${linkVersion}`
		);
	if (version !== linkVersion && version !== 1)
		return fail('corrupt', `unknown link version ${marker[1]}`);
	let start = marker[0].length;
	let checksum: string | null = null;
	if (version === linkVersion) {
		const dot = fragment.indexOf('.', start);
		if (dot < 0) return fail('truncated', 'the link ends inside its checksum');
		checksum = fragment.slice(start, dot);
		start = dot + 1;
	}
	const payload = fragment.slice(start);
	const decoded = fromBase64url(payload);
	if (!decoded.ok)
		return fail('corrupt', `unexpected character at position ${decoded.badIndex + start + 1}`);
	if (decoded.bytes.length === 0)
		return fail('truncated', 'the link ends after its version marker');
	const inflated = inflateBounded(decoded.bytes, shareLimits.inflatedBytesMax);
	if (!inflated.ok) return inflated;
	// After inflating, so that a link cut off short is still reported as cut off.
	if (checksum !== null && checksum !== checksumOf(payload))
		return fail('corrupt', 'the link does not match its checksum: it was changed or damaged');
	const parsed = parseWire(inflated.bytes);
	if (!parsed.ok) return parsed;
	const { wire } = parsed;
	const base = resolve(wire, options);
	if (!base.ok) return base;
	const result = parseScenario(applyPatch(base.scenario, wire.s));
	if (!result.ok) return fail('invalid-scenario', formatScenarioErrors(result.errors, 5));
	if (wire.t > result.scenario.ticks)
		return fail(
			'invalid-scenario',
			`tick: ${wire.t} is after the run's last tick (${result.scenario.ticks})`
		);
	const state: ShareState = { v: shareVersion, scenario: result.scenario, tick: wire.t };
	if (wire.p !== undefined) state.panels = wire.p;
	if (wire.b !== undefined) state.base = wire.b;
	return { ok: true, state };
}

/** A fragment (with or without `#`) back to what was on screen; never throws. */
export function decodeShare(text: string, options: DecodeOptions = {}): DecodeResult {
	try {
		return decodeUnsafe(text, options);
	} catch (thrown) {
		// Only a bug gets here; a link must still never break the page.
		return fail('corrupt', thrown instanceof Error ? thrown.message : String(thrown));
	}
}
