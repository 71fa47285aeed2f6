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
import { z } from 'zod';
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
	return z.int({ error }).min(min, { error }).max(max, { error });
};

const probability = () => {
	const error = leafError('must be a probability in [0, 1]');
	return z.number({ error }).min(0, { error }).max(1, { error });
};

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: leafError(`must be one of ${quoteAll(values)}`) });

const text = (minChars: number, maxChars: number) => {
	const error = leafError(`must be a string of ${minChars} to ${maxChars} characters`);
	return z.string({ error }).min(minChars, { error }).max(maxChars, { error });
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

const list = <T extends z.ZodType>(item: T, max: number) =>
	z.array(item, { error: leafError('must be an array') }).max(max, {
		error: `must have at most ${max} entries`
	});

const optionsSchema = strict({
	eventStyle: oneOf(['delta', 'absolute']).default('delta'),
	handlers: intIn(1, limits.handlersMax).default(1),
	decideTicksMax: intIn(1, limits.decideTicksMax).default(1),
	retries: intIn(0, limits.retriesMax).default(3),
	snapshotEvery: intIn(0, limits.snapshotEveryMax).default(0),
	publish: oneOf(['dual-write', 'outbox']).default('outbox'),
	publishCrash: probability().default(0),
	// Optional with no default: a scenario that does not name them parses to the same object (and
	// the same hash, share link and golden trace) as before they existed; absent = "events", 0.
	storage: oneOf(['events', 'state']).optional(),
	logCrash: probability().optional(),
	relayRestartTicks: intIn(1, limits.relayRestartTicksMax).default(5),
	delivery: oneOf(['at-most-once', 'at-least-once']).default('at-least-once'),
	broker: oneOf(['log', 'queue']).default('log'),
	partitions: intIn(1, limits.partitionsMax).default(4),
	commitEvery: intIn(1, limits.commitEveryMax).default(1),
	sessionTimeout: intIn(1, limits.sessionTimeoutTicksMax).default(10),
	ackTimeout: intIn(1, limits.ackTimeoutTicksMax).default(12),
	uniqueness: oneOf(['none', 'read-model-check', 'reservation']).default('none'),
	lowStockThreshold: intIn(0, limits.lowStockThresholdMax).default(10),
	readYourWrites: z.boolean({ error: leafError('must be true or false') }).default(false),
	catchUpPerTick: intIn(1, limits.catchUpPerTickMax).default(5)
});

const networkSchema = strict({
	drop: probability().default(0),
	duplicate: probability().default(0),
	delayMin: intIn(limits.delayTicksMin, limits.delayTicksMax).default(1),
	delayMax: intIn(limits.delayTicksMin, limits.delayTicksMax).default(1)
});

const consumerIdError = leafError(
	`must be 1 to ${limits.idCharsMax} lowercase letters, digits or dashes, starting with a letter, and not "relay"`
);
const consumerSchema = strict({
	id: z
		.string({ error: consumerIdError })
		.max(limits.idCharsMax, { error: consumerIdError })
		.regex(consumerIdPattern, { error: consumerIdError })
		.refine((value) => value !== 'relay', { error: consumerIdError })
		.default('view'),
	// Which read models are allowed depends on the domain: checked in pass 2.
	readModel: id().optional(),
	idempotency: oneOf(['none', 'dedupe-id', 'version-next', 'version-newer']).default('none'),
	instances: intIn(1, limits.instancesMax).default(1),
	startAt: intIn(0, limits.ticksMax).default(0)
});

const commandSchema = strict({
	at: intIn(0, limits.ticksMax),
	every: intIn(0, limits.ticksMax).default(1),
	repeat: intIn(1, limits.expandedCommandsMax).default(1),
	stream: id(),
	type: id(),
	data: z
		.record(z.string(), z.unknown(), { error: leafError('must be an object') })
		.default(() => ({})),
	client: id().default('client'),
	jitter: intIn(0, limits.jitterTicksMax).default(0)
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
	client: id().default('client')
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
	title: text(0, limits.titleCharsMax).default('Untitled'),
	seed: intIn(0, limits.seedMax).default(1),
	ticks: intIn(1, limits.ticksMax).default(200),
	domain: oneOf(domainNames).default('counter'),
	// Optional with no default, like options.storage: a scenario without it parses as before.
	domains: list(oneOf(domainNames), domainNames.length).optional(),
	options: optionsSchema.prefault({}),
	network: networkSchema.prefault({}),
	consumers: list(consumerSchema, limits.consumersMax).optional(),
	commands: list(commandSchema, limits.expandedCommandsMax).default(() => []),
	faults: list(faultSchema, limits.faultsMax).default(() => []),
	queries: list(querySchema, limits.queriesMax).default(() => []),
	interventions: list(interventionSchema, limits.interventionsMax).default(() => [])
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
