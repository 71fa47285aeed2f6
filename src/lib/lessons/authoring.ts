/**
 * Lessons written by users (the editor at /lessons/edit, a lesson link, a recording from the
 * sandbox): the same format as the built-in lessons (schema.ts), with two allowances for an
 * author, and limits on everything, checked before the lesson is played:
 * - any text (`say`, `ask`, a choice, …) may be given in one language only (`{ "en": "…" }`); the
 *   other language then shows the same words;
 * - `slug` and `summary` may be left out.
 *
 * Errors name the field (`steps[3].waitFor.trace`) and what it allows, as the scenario's do: a
 * step, a predicate or an injection is recognised by its key (`say`, `trace`, `crash`, …) and
 * then checked on its own, so the message is about that kind, never zod's "invalid input" for a
 * union. `checkLesson` then resolves the lesson (runner.ts): a `waitFor` that never happens, an
 * `ask` without exactly one right answer, is refused with the step it is in.
 */
import '$lib/engine/zodConfig';
import * as z from 'zod/mini';
import {
	formatPath,
	fromIssue,
	nestingMessage,
	parseScenario,
	type ScenarioError,
	textNestsDeeper
} from '$lib/engine';
import { LessonError, resolveLesson, type ResolvedLesson } from './runner';
import { stopsOf, type Stop } from './stops';
import {
	highlightSchema,
	lessonSchema,
	predicateSchema,
	injectionSchema,
	type Lesson
} from './schema';

/** Every bound on a user's lesson (the README's "Lesson limits" states them). */
export const lessonLimits = {
	/** The lesson as JSON text (the editor, a file, the inside of a link). */
	textBytesMax: 128 * 1024,
	stepsMax: 80,
	textCharsMax: 600,
	/** The lesson's scenario runs at most this many ticks (the player plays every one). */
	ticksMax: 2000,
	/** `inject` steps: each one simulates the run again. */
	injectsMax: 20,
	/** Predicates nested in `not` / `all` / `any`. */
	predicateDepthMax: 4,
	/** A lesson link, in characters after the `#`. */
	linkCharsMax: 32_768
} as const;

export type LessonCheck =
	| { ok: true; lesson: Lesson; resolved: ResolvedLesson; stops: Stop[] }
	| { ok: false; errors: ScenarioError[] };

const stepKinds = ['say', 'chapter', 'waitFor', 'pause', 'highlight', 'inject', 'ask'] as const;
const predicateKinds = [
	'trace',
	'tick',
	'diverged',
	'converged',
	'view',
	'not',
	'all',
	'any'
] as const;
const injectionKinds = ['crash', 'restart', 'partition', 'duplicate', 'drop', 'delay'] as const;
const textKeys = ['en', 'ko'] as const;
const lessonKeys = ['slug', 'title', 'chapter', 'summary', 'scenario', 'steps'] as const;
const askKeys = ['ask', 'choices', 'revealWhen', 'explain'] as const;

type Path = readonly PropertyKey[];
type Errors = ScenarioError[];
const err = (path: Path, message: string): ScenarioError => ({ path: formatPath(path), message });
const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (keys: readonly string[]) => keys.join(', ');

function checkText(value: unknown, path: Path, out: Errors): void {
	const allowed = `must be { "en": text, "ko": text } with one or both, each 1 to ${lessonLimits.textCharsMax} characters`;
	if (typeof value === 'string') return void out.push(err(path, allowed));
	if (!isObject(value)) return void out.push(err(path, allowed));
	const keys = Object.keys(value);
	for (const key of keys)
		if (!(textKeys as readonly string[]).includes(key))
			out.push(err([...path, key], `unknown key "${key}"; allowed keys: en, ko`));
	if (!keys.some((k) => (textKeys as readonly string[]).includes(k))) out.push(err(path, allowed));
	for (const lang of textKeys) {
		const text = value[lang];
		if (text === undefined) continue;
		if (typeof text !== 'string' || text.length < 1 || text.length > lessonLimits.textCharsMax)
			out.push(
				err(
					[...path, lang],
					`must be a string of 1 to ${lessonLimits.textCharsMax} characters` +
						(typeof text === 'string' && text.length > lessonLimits.textCharsMax
							? ` (it has ${text.length})`
							: '')
				)
			);
	}
}

/** The one kind key of an object that must have exactly one of `kinds`, or an error. */
function kindOf<K extends string>(
	value: unknown,
	kinds: readonly K[],
	what: string,
	path: Path,
	out: Errors
): K | null {
	const has = isObject(value) ? kinds.filter((k) => k in value) : [];
	if (has.length === 1) return has[0];
	out.push(
		err(
			path,
			has.length === 0
				? `must be ${what}: an object with one of the keys ${list(kinds)}`
				: `must have only one of the keys ${list(kinds)}; it has ${list(has)}`
		)
	);
	return null;
}

/**
 * A union's issue is zod's "invalid input"; the branch with the fewest issues is the one the
 * author meant (`{ "trace": "EventApended" }` fails the `trace` branch on the type only).
 */
function closestIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
	if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
	const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
	return best.flatMap((inner) =>
		closestIssues({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue)
	);
}

/** zod's wording, said as the scenario's errors say it: what the field allows. */
function allowedBy(issue: z.core.$ZodRawIssue): string | undefined {
	const what = (n: unknown, unit: string) =>
		issue.origin === 'string'
			? `${n} characters`
			: issue.origin === 'array'
				? `${n} ${unit}`
				: String(n);
	switch (issue.code) {
		case 'invalid_type':
			return `${issue.input === undefined ? 'is required: ' : ''}must be ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_big':
			return `must be at most ${what(issue.maximum, 'entries')}`;
		case 'too_small':
			return `must be at least ${what(issue.minimum, 'entries')}`;
		case 'invalid_format':
			return issue.format === 'regex'
				? `must be 1 to 64 lowercase letters, digits or dashes, starting with a letter or digit`
				: undefined;
		default:
			return undefined;
	}
}

function zodErrors(schema: z.ZodMiniType, value: unknown, path: Path, out: Errors): void {
	const parsed = schema.safeParse(value, { error: allowedBy });
	if (!parsed.success)
		for (const issue of parsed.error.issues.flatMap(closestIssues))
			out.push(...fromIssue(issue, path));
}

function checkPredicate(value: unknown, path: Path, out: Errors, depth = 0): void {
	const kind = kindOf(value, predicateKinds, 'a predicate', path, out);
	if (kind === null) return;
	const p = value as Record<string, unknown>;
	if (kind === 'not' || kind === 'all' || kind === 'any') {
		if (depth >= lessonLimits.predicateDepthMax)
			return void out.push(
				err(path, `nests not/all/any deeper than ${lessonLimits.predicateDepthMax} levels`)
			);
		const extra = Object.keys(p).filter((k) => k !== kind);
		for (const key of extra)
			out.push(err([...path, key], `unknown key "${key}"; allowed: ${kind}`));
		if (kind === 'not') return checkPredicate(p.not, [...path, 'not'], out, depth + 1);
		const items = p[kind];
		if (!Array.isArray(items) || items.length < 1 || items.length > 8)
			return void out.push(err([...path, kind], 'must be an array of 1 to 8 predicates'));
		items.forEach((item, i) => checkPredicate(item, [...path, kind, i], out, depth + 1));
		return;
	}
	if (kind === 'tick' && Number.isInteger(p.tick) && (p.tick as number) > lessonLimits.ticksMax)
		out.push(err([...path, 'tick'], `must be an integer in 0..${lessonLimits.ticksMax}`));
	zodErrors(predicateSchema, value, path, out);
}

function checkAsk(step: Record<string, unknown>, path: Path, out: Errors): void {
	for (const key of Object.keys(step))
		if (!(askKeys as readonly string[]).includes(key))
			out.push(err([...path, key], `unknown key "${key}"; allowed keys: ${list(askKeys)}`));
	checkText(step.ask, [...path, 'ask'], out);
	checkText(step.explain, [...path, 'explain'], out);
	checkPredicate(step.revealWhen, [...path, 'revealWhen'], out);
	const choices = step.choices;
	if (!Array.isArray(choices) || choices.length < 2 || choices.length > 4)
		return void out.push(
			err([...path, 'choices'], 'must be an array of 2 to 4 { "text", "correct" }')
		);
	choices.forEach((choice, i) => {
		const at = [...path, 'choices', i];
		if (!isObject(choice)) return void out.push(err(at, 'must be { "text", "correct" }'));
		for (const key of Object.keys(choice))
			if (key !== 'text' && key !== 'correct')
				out.push(err([...at, key], `unknown key "${key}"; allowed keys: text, correct`));
		checkText(choice.text, [...at, 'text'], out);
		checkPredicate(choice.correct, [...at, 'correct'], out);
	});
}

function checkStep(value: unknown, path: Path, out: Errors): void {
	const kind = kindOf(value, stepKinds, 'a step', path, out);
	if (kind === null) return;
	const step = value as Record<string, unknown>;
	if (kind === 'ask') return checkAsk(step, path, out);
	for (const key of Object.keys(step))
		if (key !== kind) out.push(err([...path, key], `unknown key "${key}"; allowed: ${kind}`));
	const at = [...path, kind];
	if (kind === 'say' || kind === 'chapter') checkText(step[kind], at, out);
	else if (kind === 'waitFor') checkPredicate(step.waitFor, at, out);
	else if (kind === 'pause') {
		if (step.pause !== true) out.push(err(at, 'must be true'));
	} else if (kind === 'highlight') zodErrors(highlightSchema, step.highlight, at, out);
	else if (kindOf(step.inject, injectionKinds, 'an injection', at, out) !== null)
		zodErrors(injectionSchema, step.inject, at, out);
}

/** Fills the missing language of every `{ en, ko }` with the other one (no other changes). */
function bothLanguages(value: unknown, key?: string): unknown {
	if (Array.isArray(value)) return value.map((v) => bothLanguages(v));
	if (!isObject(value) || key === 'scenario') return value;
	const keys = Object.keys(value);
	if (keys.length > 0 && keys.every((k) => k === 'en' || k === 'ko'))
		return { en: value.en ?? value.ko, ko: value.ko ?? value.en };
	return Object.fromEntries(keys.map((k) => [k, bothLanguages(value[k], k)]));
}

/** Validates a user's lesson (parsed JSON): its fields, its scenario and the limits. */
export function parseLesson(
	input: unknown
): { ok: true; lesson: Lesson } | { ok: false; errors: Errors } {
	const out: Errors = [];
	if (!isObject(input)) return { ok: false, errors: [err([], 'must be a lesson: an object')] };
	for (const key of Object.keys(input))
		if (!(lessonKeys as readonly string[]).includes(key))
			out.push(err([key], `unknown key "${key}"; allowed keys: ${list(lessonKeys)}`));
	if (input.slug !== undefined) zodErrors(lessonSchema.shape.slug, input.slug, ['slug'], out);
	checkText(input.title, ['title'], out);
	if (input.chapter !== undefined) checkText(input.chapter, ['chapter'], out);
	if (input.summary !== undefined) checkText(input.summary, ['summary'], out);
	const scenario = parseScenario(input.scenario);
	if (!scenario.ok) out.push(...scenario.errors.map((e) => ({ ...e, path: `scenario.${e.path}` })));
	else if (scenario.scenario.ticks > lessonLimits.ticksMax)
		out.push(
			err(['scenario', 'ticks'], `must be an integer in 1..${lessonLimits.ticksMax} in a lesson`)
		);
	const steps = input.steps;
	if (!Array.isArray(steps) || steps.length < 1 || steps.length > lessonLimits.stepsMax)
		out.push(err(['steps'], `must be an array of 1 to ${lessonLimits.stepsMax} steps`));
	else {
		steps.forEach((step, i) => checkStep(step, ['steps', i], out));
		const injects = steps.filter((s) => isObject(s) && 'inject' in s).length;
		if (injects > lessonLimits.injectsMax)
			out.push(err(['steps'], `has ${injects} inject steps; at most ${lessonLimits.injectsMax}`));
	}
	if (out.length > 0) return { ok: false, errors: out };
	const filled = bothLanguages(input) as Record<string, unknown>;
	const parsed = lessonSchema.safeParse({
		slug: 'my-lesson',
		summary: filled.title,
		...filled
	});
	if (!parsed.success)
		return { ok: false, errors: parsed.error.issues.flatMap((issue) => fromIssue(issue, [])) };
	return { ok: true, lesson: parsed.data };
}

/** JSON text → lesson: the size limit, the nesting limit, JSON syntax, then `parseLesson`. */
export function parseLessonText(
	text: string
): { ok: true; lesson: Lesson; input: unknown } | { ok: false; errors: Errors } {
	if (new TextEncoder().encode(text).length > lessonLimits.textBytesMax)
		return {
			ok: false,
			errors: [err([], `is larger than ${lessonLimits.textBytesMax} bytes (the limit)`)]
		};
	if (textNestsDeeper(text)) return { ok: false, errors: [err([], nestingMessage)] };
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (thrown) {
		const reason = thrown instanceof Error ? thrown.message : String(thrown);
		return { ok: false, errors: [err([], `is not valid JSON: ${reason}`)] };
	}
	const parsed = parseLesson(input);
	return parsed.ok ? { ...parsed, input } : parsed;
}

const stepMessage = /^lesson "[^"]*", step (\d+): ([\s\S]*)$/;

/** Resolves a valid lesson; a step that never happens is an error naming that step. */
export function resolveChecked(lesson: Lesson): LessonCheck {
	try {
		const resolved = resolveLesson(lesson);
		const stops = stopsOf(resolved);
		if (stops.length === 0)
			return {
				ok: false,
				errors: [err(['steps'], 'must have at least one say, ask or pause step (a stop)')]
			};
		return { ok: true, lesson, resolved, stops };
	} catch (thrown) {
		if (!(thrown instanceof LessonError))
			return {
				ok: false,
				errors: [err([], thrown instanceof Error ? thrown.message : String(thrown))]
			};
		const match = stepMessage.exec(thrown.message);
		if (match === null) return { ok: false, errors: [err(['scenario'], thrown.message)] };
		const i = Number(match[1]) - 1;
		const kind = Object.keys(lesson.steps[i] ?? {})[0] ?? 'step';
		return { ok: false, errors: [err(['steps', i, kind], match[2])] };
	}
}

/** Parses and resolves a user's lesson: everything the player needs, or the errors. */
export function checkLesson(input: unknown): LessonCheck {
	const parsed = parseLesson(input);
	return parsed.ok ? resolveChecked(parsed.lesson) : parsed;
}
