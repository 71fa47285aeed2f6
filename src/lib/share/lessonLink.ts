/**
 * Lesson links: a whole lesson (as its author wrote it) in a URL fragment, `l1.` + checksum + `.`
 * + base64url(deflate(JSON)), with the guarantees of scenario links (codec.ts): the checksum makes
 * a damaged link fail instead of opening another lesson; decoding is bounded (a fragment longer
 * than `lessonLimits.linkCharsMax` is refused unread, inflating stops at
 * `lessonLimits.textBytesMax`) and total (every failure is a value with a kind, never a throw).
 * The lesson inside is then validated like one typed into the editor (lessons/authoring.ts).
 */
import { deflateSync } from 'fflate';
import { lessonLimits, parseLesson } from '$lib/lessons/authoring';
import { formatScenarioErrors, nestingMessage, textNestsDeeper } from '$lib/engine';
import type { Lesson } from '$lib/lessons/schema';
import { fromBase64url, toBase64url } from './base64url';
import { checksumOf, inflateBounded, type ShareError, type ShareErrorKind } from './codec';

/** The version of the JSON inside a lesson link (its `v`). */
const lessonLinkVersion = 1;
const lessonLinkPrefix = `l${lessonLinkVersion}.`;

export type LessonDecodeResult =
	{ ok: true; lesson: Lesson; input: unknown } | { ok: false; error: ShareError };
export type LessonEncodeResult = { ok: true; fragment: string } | { ok: false; error: ShareError };

const fail = (kind: ShareErrorKind, message: string) => ({
	ok: false as const,
	error: { kind, message }
});

/** A lesson as its author wrote it (parsed JSON) → a fragment without `#`. */
export function encodeLesson(input: unknown): LessonEncodeResult {
	const json = new TextEncoder().encode(JSON.stringify({ v: lessonLinkVersion, l: input }));
	if (json.length > lessonLimits.textBytesMax)
		return fail(
			'too-large',
			`the lesson is ${json.length} bytes; a link holds at most ${lessonLimits.textBytesMax}`
		);
	const payload = toBase64url(deflateSync(json, { level: 9 }));
	const fragment = `${lessonLinkPrefix}${checksumOf(payload)}.${payload}`;
	if (fragment.length > lessonLimits.linkCharsMax)
		return fail(
			'too-large',
			`the link would be ${fragment.length} characters; at most ${lessonLimits.linkCharsMax}`
		);
	return { ok: true, fragment };
}

function decodeUnsafe(text: string): LessonDecodeResult {
	const fragment = text.startsWith('#') ? text.slice(1) : text;
	if (fragment.length > lessonLimits.linkCharsMax)
		return fail(
			'too-large',
			`the link is ${fragment.length} characters; at most ${lessonLimits.linkCharsMax} are read`
		);
	const marker = /^l(\d{1,6})\./.exec(fragment);
	if (marker === null)
		return fail(fragment === '' ? 'truncated' : 'corrupt', 'this is not an EventScope link');
	if (Number(marker[1]) > lessonLinkVersion)
		return fail(
			'newer-version',
			`the link has version ${marker[1]}; this EventScope reads version ${lessonLinkVersion}`
		);
	if (Number(marker[1]) !== lessonLinkVersion)
		return fail('corrupt', `unknown link version ${marker[1]}`);
	const dot = fragment.indexOf('.', marker[0].length);
	if (dot < 0) return fail('truncated', 'the link ends inside its checksum');
	const checksum = fragment.slice(marker[0].length, dot);
	const payload = fragment.slice(dot + 1);
	const decoded = fromBase64url(payload);
	if (!decoded.ok)
		return fail('corrupt', `unexpected character at position ${decoded.badIndex + dot + 2}`);
	if (decoded.bytes.length === 0)
		return fail('truncated', 'the link ends after its version marker');
	const inflated = inflateBounded(decoded.bytes, lessonLimits.textBytesMax);
	if (!inflated.ok) return inflated;
	if (checksum !== checksumOf(payload))
		return fail('corrupt', 'the link does not match its checksum: it was changed or damaged');
	let wire: unknown;
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
		if (textNestsDeeper(json)) return fail('invalid-scenario', `the link ${nestingMessage}`);
		wire = JSON.parse(json);
	} catch {
		return fail('corrupt', 'the link does not hold valid JSON');
	}
	const version = (wire as { v?: unknown } | null)?.v;
	if (typeof version === 'number' && version > lessonLinkVersion)
		return fail(
			'newer-version',
			`the link has version ${version}; this EventScope reads version ${lessonLinkVersion}`
		);
	if (version !== lessonLinkVersion || !('l' in (wire as object)))
		return fail('corrupt', 'the link does not hold an EventScope lesson');
	const input = (wire as { l: unknown }).l;
	const parsed = parseLesson(input);
	if (!parsed.ok) return fail('invalid-scenario', formatScenarioErrors(parsed.errors, 5));
	return { ok: true, lesson: parsed.lesson, input };
}

/** A fragment (with or without `#`) back to the lesson; never throws. */
export function decodeLesson(text: string): LessonDecodeResult {
	try {
		return decodeUnsafe(text);
	} catch (thrown) {
		return fail('corrupt', thrown instanceof Error ? thrown.message : String(thrown));
	}
}
