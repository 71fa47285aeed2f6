/**
 * Scenario format v2 ("eventscope/2") at the boundary (v1 is migrated first: `migrateV1`): untrusted JSON from a file, a share link
 * or a lesson becomes either a complete `Scenario` (every default filled in) or a list of errors,
 * each naming a field path and what that field allows. Nothing here throws, whatever the input.
 *
 * Two passes, like Observable Plot's option checks: zod checks each field on its own (types,
 * ranges, unknown keys; here), then plain functions check what spans fields and needs the domain
 * (command types and data, stream ids, consumer and fault references, `at` within `ticks`, the
 * limits; checks.ts). errors.ts turns both into `ScenarioError`s; limits.ts bounds everything;
 * expand.ts turns `repeat` and `{i}` into the commands a run receives.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import { domainNames } from '../domains/decider';
import { domains } from '../domains/index';
import {
	checkAts,
	checkCommands,
	checkConsumers,
	checkNetwork,
	checkReferences,
	checkSeveralStores,
	checkStorage,
	checkUniqueness,
	resolveConsumers,
	resolveDomains
} from './checks';
import {
	allowedKeysPrefix,
	error,
	fromIssue,
	quoteAll,
	unique,
	type ScenarioError
} from './errors';
import { consumerIdPattern, limits } from './limits';
import { scenarioFormat, scenarioFormatV1, type Scenario } from './types';
import { nestingMessage, textNestsDeeper, valueNestsDeeper } from './nesting';
import { workProblem } from './work';

// The scenario module's public surface, wherever each part lives.
export { formatPath, formatScenarioErrors, type ScenarioError } from './errors';
export { expandCommands, substitute, type ExpandedCommand } from './expand';
export { consumerIdPattern, limits, repetitionPlaceholder } from './limits';
export { scenarioWarnings } from './warnings';

export type ScenarioParseResult =
	{ ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

// ---------------------------------------------------------------------------------------------
// Pass 1: fields on their own. Every leaf carries its own message naming the allowed values, so
// the error a learner sees never depends on zod's default wording.

/** A message for a leaf; says "required" when the field is missing rather than "wrong type". */
const leafError = (allowed: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? `is required: ${allowed}` : allowed;

const intIn = (min: number, max: number) => {
	const error = leafError(`must be an integer in ${min}..${max}`);
	return z.int({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
};

const probability = () => {
	const error = leafError('must be a probability in [0, 1]');
	return z.number({ error }).check(z.minimum(0, { error }), z.maximum(1, { error }));
};

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: leafError(`must be one of ${quoteAll(values)}`) });

const text = (minChars: number, maxChars: number) => {
	const error = leafError(`must be a string of ${minChars} to ${maxChars} characters`);
	return z
		.string({ error })
		.check(z.minLength(minChars, { error }), z.maxLength(maxChars, { error }));
};

const id = () => text(1, limits.idCharsMax);

/** A strict object: an unknown key (a typo like "delivry") is an error listing the allowed keys. */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
	const allowed = allowedKeysPrefix + Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys' ? allowed : leafError('must be an object')(issue)
	});
}

const list = <T extends z.core.SomeType>(item: T, max: number) =>
	z
		.array(item, { error: leafError('must be an array') })
		.check(z.maxLength(max, { error: `must have at most ${max} entries` }));

// zod/mini spells `.default(v)` and `.optional()` as functions.
const withDefault = z._default;
const optional = z.optional;

const optionsSchema = strict({
	eventStyle: withDefault(oneOf(['delta', 'absolute']), 'delta'),
	handlers: withDefault(intIn(1, limits.handlersMax), 1),
	decideTicksMax: withDefault(intIn(1, limits.decideTicksMax), 1),
	retries: withDefault(intIn(0, limits.retriesMax), 3),
	snapshotEvery: withDefault(intIn(0, limits.snapshotEveryMax), 0),
	publish: withDefault(oneOf(['dual-write', 'outbox']), 'outbox'),
	publishCrash: withDefault(probability(), 0),
	// Optional with no default: a scenario that does not name them parses to the same object (and
	// the same hash, share link and golden trace) as before they existed; absent = "events", 0.
	storage: optional(oneOf(['events', 'state'])),
	logCrash: optional(probability()),
	relayRestartTicks: withDefault(intIn(1, limits.relayRestartTicksMax), 5),
	delivery: withDefault(oneOf(['at-most-once', 'at-least-once']), 'at-least-once'),
	broker: withDefault(oneOf(['log', 'queue']), 'log'),
	partitions: withDefault(intIn(1, limits.partitionsMax), 4),
	commitEvery: withDefault(intIn(1, limits.commitEveryMax), 1),
	sessionTimeout: withDefault(intIn(1, limits.sessionTimeoutTicksMax), 10),
	ackTimeout: withDefault(intIn(1, limits.ackTimeoutTicksMax), 12),
	uniqueness: withDefault(oneOf(['none', 'read-model-check', 'reservation']), 'none'),
	lowStockThreshold: withDefault(intIn(0, limits.lowStockThresholdMax), 10),
	readYourWrites: withDefault(z.boolean({ error: leafError('must be true or false') }), false),
	catchUpPerTick: withDefault(intIn(1, limits.catchUpPerTickMax), 5)
});

const networkSchema = strict({
	drop: withDefault(probability(), 0),
	duplicate: withDefault(probability(), 0),
	delayMin: withDefault(intIn(limits.delayTicksMin, limits.delayTicksMax), 1),
	delayMax: withDefault(intIn(limits.delayTicksMin, limits.delayTicksMax), 1)
});

const consumerIdError = leafError(
	`must be 1 to ${limits.idCharsMax} lowercase letters, digits or dashes, starting with a letter, and not "relay"`
);
const consumerSchema = strict({
	id: withDefault(
		z.string({ error: consumerIdError }).check(
			z.maxLength(limits.idCharsMax, { error: consumerIdError }),
			z.regex(consumerIdPattern, { error: consumerIdError }),
			z.refine((value: string) => value !== 'relay', { error: consumerIdError })
		),
		'view'
	),
	// Which read models are allowed depends on the domain: checked in pass 2.
	readModel: optional(id()),
	idempotency: withDefault(oneOf(['none', 'dedupe-id', 'version-next', 'version-newer']), 'none'),
	instances: withDefault(intIn(1, limits.instancesMax), 1),
	startAt: withDefault(intIn(0, limits.ticksMax), 0)
});

const commandSchema = strict({
	at: intIn(0, limits.ticksMax),
	every: withDefault(intIn(0, limits.ticksMax), 1),
	repeat: withDefault(intIn(1, limits.expandedCommandsMax), 1),
	stream: id(),
	type: id(),
	data: z._default(
		z.record(z.string(), z.unknown(), { error: leafError('must be an object') }),
		() => ({})
	),
	client: withDefault(id(), 'client'),
	jitter: withDefault(intIn(0, limits.jitterTicksMax), 0)
});

const faultSchema = strict({
	at: intIn(0, limits.ticksMax),
	kind: oneOf(['crash', 'partition']),
	target: id(),
	duration: intIn(1, limits.durationTicksMax)
});

const querySchema = strict({
	at: intIn(0, limits.ticksMax),
	consumer: id(),
	client: withDefault(id(), 'client')
});

const interventionKinds = ['drop', 'duplicate', 'delay', 'crash', 'restart'] as const;
const at = () => intIn(0, limits.ticksMax);
const interventionSchema = z.discriminatedUnion(
	'kind',
	[
		strict({ at: at(), kind: z.literal('drop'), message: id() }),
		strict({ at: at(), kind: z.literal('duplicate'), message: id() }),
		strict({
			at: at(),
			kind: z.literal('delay'),
			message: id(),
			ticks: intIn(1, limits.delayTicksMax)
		}),
		strict({
			at: at(),
			kind: z.literal('crash'),
			target: id(),
			duration: intIn(1, limits.durationTicksMax)
		}),
		strict({ at: at(), kind: z.literal('restart'), target: id() })
	],
	{ error: leafError(`must be one of ${quoteAll(interventionKinds)}`) }
);

const formatError = `must be "${scenarioFormat}" (or "${scenarioFormatV1}", read as before)`;

/** The whole scenario, except the defaults that depend on the domain (the default consumer). */
export const scenarioSchema = strict({
	format: z.literal(scenarioFormat, { error: leafError(formatError) }),
	title: withDefault(text(0, limits.titleCharsMax), 'Untitled'),
	seed: withDefault(intIn(0, limits.seedMax), 1),
	ticks: withDefault(intIn(1, limits.ticksMax), 200),
	domain: withDefault(oneOf(domainNames), 'counter'),
	// Optional with no default, like options.storage: a scenario without it parses as before.
	domains: optional(list(oneOf(domainNames), domainNames.length)),
	options: z.prefault(optionsSchema, {}),
	network: z.prefault(networkSchema, {}),
	consumers: optional(list(consumerSchema, limits.consumersMax)),
	commands: z._default(list(commandSchema, limits.expandedCommandsMax), () => []),
	faults: z._default(list(faultSchema, limits.faultsMax), () => []),
	queries: z._default(list(querySchema, limits.queriesMax), () => []),
	interventions: z._default(list(interventionSchema, limits.interventionsMax), () => [])
});
/** A scenario as written: every field but `format` may be left out (see the defaults). */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A scenario after pass 1: every field valid on its own, defaults filled in. */
export type Fields = z.output<typeof scenarioSchema>;

// ---------------------------------------------------------------------------------------------
// Entry points.

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A v1 scenario as v2, meaning exactly what it meant: v1 had one broker, a queue (each copy its
 * own delay, per-message acks), and its `version-gate` applied the next version only. Fields the
 * migration does not understand are left for the schema to judge.
 */
export function migrateV1(input: Record<string, unknown>): Record<string, unknown> {
	const options = isRecord(input.options) ? input.options : input.options === undefined ? {} : null;
	const consumers = Array.isArray(input.consumers)
		? input.consumers.map((c) =>
				isRecord(c) && c.idempotency === 'version-gate' ? { ...c, idempotency: 'version-next' } : c
			)
		: input.consumers;
	return {
		...input,
		format: scenarioFormat,
		...(options ? { options: { broker: 'queue', ...options } } : {}),
		...(consumers === undefined ? {} : { consumers })
	};
}

function parseUnsafe(raw: unknown): ScenarioParseResult {
	const input = isRecord(raw) && raw.format === scenarioFormatV1 ? migrateV1(raw) : raw;
	// A future format would trip over every renamed field; say the one thing that matters.
	if (isRecord(input) && input.format !== undefined && input.format !== scenarioFormat)
		return { ok: false, errors: [error('format', formatError)] };
	if (valueNestsDeeper(input)) return { ok: false, errors: [error('(root)', nestingMessage)] };
	const parsed = scenarioSchema.safeParse(input);
	if (!parsed.success)
		return { ok: false, errors: unique(parsed.error.issues.flatMap((i) => fromIssue(i, []))) };
	const fields = parsed.data;
	const domainErrors = resolveDomains(fields, isRecord(input) && input.domain !== undefined);
	if (domainErrors.length > 0) return { ok: false, errors: domainErrors };
	const domain = domains[fields.domain];
	const consumers = resolveConsumers(fields, domain);
	const storageErrors = checkStorage(
		fields,
		consumers,
		isRecord(input) ? input.options : undefined
	);
	// storage "state" publishes as a dual write: there is no store of events for a relay to follow.
	if (fields.options.storage === 'state') fields.options.publish = 'dual-write';
	const errors = [
		...storageErrors,
		...checkAts(fields),
		...checkNetwork(fields),
		...checkConsumers(consumers, fields),
		...checkReferences(fields, consumers),
		...checkSeveralStores(fields, consumers),
		...checkUniqueness(fields, consumers),
		...checkCommands(fields)
	];
	if (errors.length > 0) return { ok: false, errors: unique(errors) };
	const tooMuch = workProblem({ ...fields, consumers });
	if (tooMuch !== null) return { ok: false, errors: [error('(root)', tooMuch)] };
	const { consumers: _given, commands, faults, queries, interventions, ...settings } = fields;
	// Rebuilt in the contract's key order, so a re-serialized scenario reads like the docs.
	return {
		ok: true,
		scenario: { ...settings, consumers, commands, faults, queries, interventions }
	};
}

/** Validate an untrusted value (already parsed JSON) as a scenario (v2, or v1 migrated); never throws. */
export function parseScenario(input: unknown): ScenarioParseResult {
	try {
		return parseUnsafe(input);
	} catch (thrown) {
		// Only a bug (or an exotic object such as a throwing getter) gets here; stay total.
		const reason = thrown instanceof Error ? thrown.message : String(thrown);
		return { ok: false, errors: [error('(root)', `could not be validated: ${reason}`)] };
	}
}

/** UTF-8 length without allocating a copy of a possibly huge string. */
function utf8Bytes(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			bytes += 4; // a surrogate pair is one 4-byte code point
			i++;
		} else bytes += 3;
		if (bytes > limits.inputBytesMax) break;
	}
	return bytes;
}

/** Validate scenario JSON text: the size limit, then JSON syntax, then `parseScenario`. */
export function parseScenarioText(text: string): ScenarioParseResult {
	if (text.length > limits.inputBytesMax || utf8Bytes(text) > limits.inputBytesMax)
		return {
			ok: false,
			errors: [error('(root)', `is larger than ${limits.inputBytesMax} bytes (the limit)`)]
		};
	// Before JSON.parse and validation, which recurse: a deep enough nesting overflows the stack.
	if (textNestsDeeper(text)) return { ok: false, errors: [error('(root)', nestingMessage)] };
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (thrown) {
		const reason = thrown instanceof Error ? thrown.message : String(thrown);
		return { ok: false, errors: [error('(root)', `is not valid JSON: ${reason}`)] };
	}
	return parseScenario(input);
}
