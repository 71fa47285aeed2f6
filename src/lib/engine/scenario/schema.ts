/**
 * Scenario format v1 ("eventscope/1") at the boundary: untrusted JSON from a file, a share link
 * or a lesson becomes either a complete `Scenario` (every default filled in) or a list of errors,
 * each naming a field path and what that field allows. Nothing here throws, whatever the input.
 *
 * Two passes, like Observable Plot's option checks: zod checks each field on its own (types,
 * ranges, unknown keys), then plain functions check what spans fields and needs the domain (command
 * types and data, stream ids, consumer and fault references, `at` within `ticks`, the limits).
 */
import { z } from 'zod';
import { domainNames } from '../domains/decider';
import { domains, type DomainDefinition } from '../domains/index';
import { nextInt, seedStreams } from '../random';
import { readModelNames, type ReadModelName } from '../readSide/projection';
import { scenarioFormat, type CommandSpec, type ConsumerSpec, type Scenario } from './types';

/**
 * Upper bounds on everything a scenario can ask for, so a hostile link cannot freeze a tab
 * ("put a limit on everything", TigerBeetle). Ticks are simulation ticks, not wall-clock time.
 */
export const limits = {
	/** Size of a scenario as JSON text (UTF-8 bytes), checked by `parseScenarioText` and the CLI. */
	inputBytesMax: 1024 * 1024,
	seedMax: 4_294_967_295,
	ticksMax: 200_000,
	/** Commands after `repeat` expansion: the sum of every entry's `repeat`. */
	expandedCommandsMax: 200_000,
	/** Distinct stream ids the commands name, counting every `{i}`-generated one. */
	streamsMax: 10_000,
	handlersMax: 16,
	/** Ticks a handler may take from load to append. */
	decideTicksMax: 100,
	/** Ticks a generated command may arrive late. */
	jitterTicksMax: 1_000,
	retriesMax: 10,
	snapshotEveryMax: 100_000,
	relayRestartTicksMax: 1_000,
	ackTimeoutTicksMax: 1_000,
	lowStockThresholdMax: 1_000_000,
	catchUpPerTickMax: 10_000,
	/** Network delay bounds; a copy always takes at least one tick. */
	delayTicksMin: 1,
	delayTicksMax: 1_000,
	consumersMax: 8,
	instancesMax: 8,
	faultsMax: 200,
	queriesMax: 1_000,
	interventionsMax: 1_000,
	/** Fault and crash-intervention durations. */
	durationTicksMax: 100_000,
	titleCharsMax: 200,
	/** Streams, clients, consumer ids, command types, message ids, targets. */
	idCharsMax: 64
} as const;

/** One problem with a scenario: where (`commands[3].data.amount`) and what is allowed there. */
export interface ScenarioError {
	path: string;
	message: string;
}

export type ScenarioParseResult =
	{ ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Consumer ids: lowercase, so `id#n` fault targets and trace labels stay unambiguous. */
export const consumerIdPattern = /^[a-z][a-z0-9-]*$/;
/** The placeholder for the 1-based repetition index in generated commands. */
export const repetitionPlaceholder = '{i}';

// ---------------------------------------------------------------------------------------------
// Pass 1: fields on their own. Every leaf carries its own message naming the allowed values, so
// the error a learner sees never depends on zod's default wording.

const quoteAll = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

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

const allowedKeysPrefix = 'allowed keys: ';

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
	relayRestartTicks: intIn(1, limits.relayRestartTicksMax).default(5),
	delivery: oneOf(['at-most-once', 'at-least-once']).default('at-least-once'),
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
	idempotency: oneOf(['none', 'dedupe-id', 'version-gate']).default('none'),
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

const formatError = `must be "${scenarioFormat}" (the only scenario format this version reads)`;

/** The whole scenario, except the defaults that depend on the domain (the default consumer). */
export const scenarioSchema = strict({
	format: z.literal(scenarioFormat, { error: leafError(formatError) }),
	title: text(0, limits.titleCharsMax).default('Untitled'),
	seed: intIn(0, limits.seedMax).default(1),
	ticks: intIn(1, limits.ticksMax).default(200),
	domain: oneOf(domainNames).default('counter'),
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

type Fields = z.output<typeof scenarioSchema>;

// ---------------------------------------------------------------------------------------------
// Paths and zod issues as ScenarioErrors.

/** `["commands", 3, "data", "amount"]` → `commands[3].data.amount`; `[]` → `(root)`. */
export function formatPath(segments: readonly PropertyKey[]): string {
	let path = '';
	for (const segment of segments) {
		if (typeof segment === 'number') path += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)))
			path += path === '' ? String(segment) : `.${String(segment)}`;
		else path += `[${JSON.stringify(String(segment))}]`;
	}
	return path === '' ? '(root)' : path;
}

/** Edit distance, to suggest "delivery" for "delivry". */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length];
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
	const near = allowed.find((candidate) => editDistance(key.slice(0, 100), candidate) <= 2);
	const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
	return `unknown key "${key}"${hint}; allowed keys: ${allowed.join(', ') || '(none)'}`;
}

/** One zod issue → errors; an unknown-keys issue becomes one error per key, at that key's path. */
function fromIssue(
	issue: z.core.$ZodIssue,
	prefix: readonly PropertyKey[],
	shapeKeys?: readonly string[]
): ScenarioError[] {
	const path = [...prefix, ...issue.path];
	if (issue.code !== 'unrecognized_keys')
		return [{ path: formatPath(path), message: issue.message }];
	const allowed = issue.message.startsWith(allowedKeysPrefix)
		? issue.message.slice(allowedKeysPrefix.length).split(', ')
		: (shapeKeys ?? []);
	return issue.keys.map((key) => ({
		path: formatPath([...path, key]),
		message: unknownKeyMessage(key, allowed)
	}));
}

/** Drop repeats (a too-large integer can trip both the safe-integer and the range check). */
function unique(errors: readonly ScenarioError[]): ScenarioError[] {
	const seen = new Set<string>();
	return errors.filter((e) => {
		const key = `${e.path}\n${e.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

// ---------------------------------------------------------------------------------------------
// Pass 2: checks that span fields or need the domain.

const error = (path: string, message: string): ScenarioError => ({ path, message });

/** Replace `{i}` in a string, and in every string inside arrays and plain objects. */
export function substitute(value: unknown, index: number): unknown {
	if (typeof value === 'string') return value.replaceAll(repetitionPlaceholder, String(index));
	if (Array.isArray(value)) return value.map((item) => substitute(item, index));
	if (value !== null && typeof value === 'object')
		// fromEntries defines own properties, so a "__proto__" key stays a plain key.
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, substitute(item, index)])
		);
	return value;
}

function checkAts(fields: Fields): ScenarioError[] {
	const errors: ScenarioError[] = [];
	const check = (path: string, value: number) => {
		if (value > fields.ticks)
			errors.push(error(path, `must be an integer in 0..${fields.ticks} (the scenario's ticks)`));
	};
	fields.consumers?.forEach((c, i) => check(`consumers[${i}].startAt`, c.startAt));
	fields.commands.forEach((c, i) => check(`commands[${i}].at`, c.at));
	fields.faults.forEach((f, i) => check(`faults[${i}].at`, f.at));
	fields.queries.forEach((q, i) => check(`queries[${i}].at`, q.at));
	fields.interventions.forEach((v, i) => check(`interventions[${i}].at`, v.at));
	return errors;
}

function checkNetwork(fields: Fields): ScenarioError[] {
	const { delayMin, delayMax } = fields.network;
	return delayMin <= delayMax
		? []
		: [
				error('network.delayMin', `must be at most network.delayMax (${delayMax}); got ${delayMin}`)
			];
}

function resolveConsumers(fields: Fields, domain: DomainDefinition): ConsumerSpec[] {
	const given = fields.consumers ?? [{ id: 'view', idempotency: 'none', instances: 1, startAt: 0 }];
	// Resolved only after pass 1, because the default read model is the domain's first.
	return given.map((c) => ({
		id: c.id,
		readModel: (c.readModel ?? domain.readModels[0]) as ReadModelName,
		idempotency: c.idempotency,
		instances: c.instances,
		startAt: c.startAt
	}));
}

function checkConsumers(consumers: readonly ConsumerSpec[], domain: DomainDefinition) {
	const errors: ScenarioError[] = [];
	const seen = new Set<string>();
	consumers.forEach((c, i) => {
		if (seen.has(c.id))
			errors.push(error(`consumers[${i}].id`, `"${c.id}" is already used; ids must be unique`));
		seen.add(c.id);
		if (!domain.readModels.includes(c.readModel)) {
			const known = (readModelNames as readonly string[]).includes(c.readModel);
			const why = known
				? `is not a read model of the ${domain.name} domain`
				: 'is not a read model';
			errors.push(
				error(
					`consumers[${i}].readModel`,
					`"${c.readModel}" ${why}; allowed: ${quoteAll(domain.readModels)}`
				)
			);
		}
	});
	return errors;
}

/** A fault or intervention target: `relay`, a consumer id, or `id#n` for its n-th instance. */
function targetProblem(
	target: string,
	consumers: readonly ConsumerSpec[],
	relayAllowed: boolean,
	outbox: boolean
): string | null {
	if (target === 'relay' && outbox === false)
		return '"relay" exists only with options.publish "outbox" (a dual write has no relay)';
	if (target === 'relay') return relayAllowed ? null : '"relay" can only crash, not be partitioned';
	const [, consumerId, n] = /^(.*?)(?:#(\d+))?$/.exec(target) ?? [];
	const consumer = consumers.find((c) => c.id === consumerId);
	const allowed = `a consumer id (${quoteAll(consumers.map((c) => c.id)) || 'none defined'}), id#n for its n-th instance${relayAllowed ? ', or "relay"' : ''}`;
	if (consumer === undefined) return `"${target}" is not a known target; allowed: ${allowed}`;
	if (n !== undefined && (Number(n) < 1 || Number(n) > consumer.instances))
		return `"${target}": instance must be in 1..${consumer.instances} (consumer "${consumer.id}" has ${consumer.instances})`;
	return null;
}

function checkReferences(fields: Fields, consumers: readonly ConsumerSpec[]): ScenarioError[] {
	const errors: ScenarioError[] = [];
	const outbox = fields.options.publish === 'outbox';
	fields.faults.forEach((f, i) => {
		const problem = targetProblem(f.target, consumers, f.kind === 'crash', outbox);
		if (problem !== null) errors.push(error(`faults[${i}].target`, problem));
	});
	fields.interventions.forEach((v, i) => {
		if (v.kind !== 'crash' && v.kind !== 'restart') return;
		const problem = targetProblem(v.target, consumers, true, outbox);
		if (problem !== null) errors.push(error(`interventions[${i}].target`, problem));
	});
	const ids = consumers.map((c) => c.id);
	fields.queries.forEach((q, i) => {
		if (!ids.includes(q.consumer))
			errors.push(
				error(
					`queries[${i}].consumer`,
					`"${q.consumer}" is not a consumer; allowed: ${quoteAll(ids) || '(none defined)'}`
				)
			);
	});
	return errors;
}

function checkUniqueness(fields: Fields, consumers: readonly ConsumerSpec[]): ScenarioError[] {
	const needsView =
		fields.domain === 'registration' && fields.options.uniqueness === 'read-model-check';
	if (!needsView || consumers.some((c) => c.readModel === 'usernames')) return [];
	return [
		error(
			'options.uniqueness',
			'"read-model-check" needs a consumer with readModel "usernames" (the view the check reads)'
		)
	];
}

/** The indices a check samples: the first and the last repetition (the longest `{i}`). */
const sampleIndices = (command: CommandSpec) => (command.repeat > 1 ? [1, command.repeat] : [1]);

function checkStream(command: CommandSpec, path: string, domain: DomainDefinition) {
	for (const index of sampleIndices(command)) {
		const stream = substitute(command.stream, index) as string;
		const generated = stream === command.stream ? '' : ` (generates "${stream}")`;
		if (stream.length > limits.idCharsMax)
			return [
				error(
					path,
					`"${command.stream}"${generated} is longer than ${limits.idCharsMax} characters`
				)
			];
		if (!domain.streamPattern.test(stream))
			return [
				error(
					path,
					`"${command.stream}"${generated} is not a ${domain.name} stream id: ${domain.streamDescription}`
				)
			];
	}
	return [];
}

function checkData(command: CommandSpec, prefix: readonly PropertyKey[], domain: DomainDefinition) {
	const schema = domain.commandData[command.type];
	const shapeKeys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
	const errors: ScenarioError[] = [];
	for (const index of sampleIndices(command)) {
		const result = schema.safeParse(substitute(command.data, index));
		if (!result.success)
			for (const issue of result.error.issues)
				errors.push(...fromIssue(issue, prefix, issue.path.length === 0 ? shapeKeys : undefined));
	}
	return errors;
}

/** Inventory commands go to their product's stream: `product-<sku>`, never another product's. */
function checkProductStream(command: CommandSpec, path: string, domain: DomainDefinition) {
	if (domain.name !== 'inventory' || typeof command.data.sku !== 'string') return [];
	for (const index of sampleIndices(command)) {
		const sku = substitute(command.data.sku, index) as string;
		const stream = substitute(command.stream, index) as string;
		if (stream !== `product-${sku}`)
			return [
				error(
					path,
					`"${sku}" does not belong in stream "${stream}": product commands go to "product-${sku}"`
				)
			];
	}
	return [];
}

function checkCommands(fields: Fields, domain: DomainDefinition): ScenarioError[] {
	const errors: ScenarioError[] = [];
	fields.commands.forEach((command, i) => {
		const path = `commands[${i}]`;
		errors.push(...checkStream(command, `${path}.stream`, domain));
		if (!domain.commandTypes.includes(command.type))
			errors.push(
				error(
					`${path}.type`,
					`"${command.type}" is not a ${domain.name} command; allowed: ${quoteAll(domain.commandTypes)}`
				)
			);
		else errors.push(...checkData(command, ['commands', i, 'data'], domain));
		errors.push(...checkProductStream(command, `${path}.data.sku`, domain));
	});
	return errors.length > 0 ? errors : checkVolume(fields.commands);
}

/** The limits on generated work: expanded commands, then distinct streams. */
function checkVolume(commands: readonly CommandSpec[]): ScenarioError[] {
	const total = commands.reduce((sum, c) => sum + c.repeat, 0);
	if (total > limits.expandedCommandsMax)
		return [
			error(
				'commands',
				`expand to ${total} commands (the sum of repeat); the limit is ${limits.expandedCommandsMax}`
			)
		];
	const streams = new Set<string>();
	for (const command of commands) {
		const generated = command.stream.includes(repetitionPlaceholder);
		for (let index = 1; index <= (generated ? command.repeat : 1); index++) {
			streams.add(generated ? (substitute(command.stream, index) as string) : command.stream);
			if (streams.size > limits.streamsMax)
				return [
					error('commands', `name more than ${limits.streamsMax} distinct streams (the limit)`)
				];
		}
	}
	return [];
}

// ---------------------------------------------------------------------------------------------
// Entry points.

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function parseUnsafe(input: unknown): ScenarioParseResult {
	// A future format would trip over every renamed field; say the one thing that matters.
	if (isRecord(input) && input.format !== undefined && input.format !== scenarioFormat)
		return { ok: false, errors: [error('format', formatError)] };
	const parsed = scenarioSchema.safeParse(input);
	if (!parsed.success)
		return { ok: false, errors: unique(parsed.error.issues.flatMap((i) => fromIssue(i, []))) };
	const fields = parsed.data;
	const domain = domains[fields.domain];
	const consumers = resolveConsumers(fields, domain);
	const errors = [
		...checkAts(fields),
		...checkNetwork(fields),
		...checkConsumers(consumers, domain),
		...checkReferences(fields, consumers),
		...checkUniqueness(fields, consumers),
		...checkCommands(fields, domain)
	];
	if (errors.length > 0) return { ok: false, errors: unique(errors) };
	const { consumers: _given, commands, faults, queries, interventions, ...settings } = fields;
	// Rebuilt in the contract's key order, so a re-serialized scenario reads like the docs.
	return {
		ok: true,
		scenario: { ...settings, consumers, commands, faults, queries, interventions }
	};
}

/** Validate an untrusted value (already parsed JSON) as a v1 scenario; never throws. */
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
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (thrown) {
		const reason = thrown instanceof Error ? thrown.message : String(thrown);
		return { ok: false, errors: [error('(root)', `is not valid JSON: ${reason}`)] };
	}
	return parseScenario(input);
}

/** Errors as lines `path: message`, at most `max` of them (a broken file can have thousands). */
export function formatScenarioErrors(errors: readonly ScenarioError[], max = 20): string {
	const lines = errors.slice(0, max).map((e) => `${e.path}: ${e.message}`);
	if (errors.length > max) lines.push(`... and ${errors.length - max} more`);
	return lines.join('\n');
}

/** One command after `repeat` expansion and `{i}` substitution, as the simulation receives it. */
export interface ExpandedCommand {
	/** "c1", "c2", ... in order of (at, entry index, repetition). */
	id: string;
	at: number;
	stream: string;
	type: string;
	data: Record<string, unknown>;
	client: string;
}

/**
 * Every command a scenario sends, in arrival order. Entry k repeated r times arrives at
 * `at + (j - 1) * every` for j = 1..r with `{i}` = j; copies after the last tick (`ticks`) are
 * dropped, since the run would never reach them. Ties on `at` keep entry order, then repetition
 * order (the sort is stable and the copies are generated in that order).
 */
export function expandCommands(scenario: Scenario): ExpandedCommand[] {
	// Jitter draws from the workload stream alone, one number per generated command, so no other
	// knob changes when it arrives.
	const rng = seedStreams(scenario.seed);
	const copies: ExpandedCommand[] = [];
	for (const command of scenario.commands) {
		for (let index = 1; index <= command.repeat; index++) {
			const late = nextInt(rng, 'workload', 0, command.jitter);
			const arrival = command.at + (index - 1) * command.every + late;
			if (arrival > scenario.ticks) continue;
			copies.push({
				id: '',
				at: arrival,
				stream: substitute(command.stream, index) as string,
				type: command.type,
				data: substitute(command.data, index) as Record<string, unknown>,
				client: command.client
			});
		}
	}
	copies.sort((a, b) => a.at - b.at);
	copies.forEach((copy, i) => (copy.id = `c${i + 1}`));
	return copies;
}
