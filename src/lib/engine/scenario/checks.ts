/**
 * Pass 2 of validating a scenario: what spans fields or needs the domain (command types and data,
 * stream ids, consumer and fault references, `at` within `ticks`, the limits on generated work).
 * Pass 1, each field on its own, is the zod schema in schema.ts.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import {
	domains as domainDefinitions,
	domainsOf,
	owningDomain,
	readModelsOf,
	type DomainDefinition
} from '../domains/index';
import { readModelNames, type ReadModelName } from '../readSide/projection';
import { error, fromIssue, quoteAll, type ScenarioError } from './errors';
import { substitute } from './expand';
import { limits, repetitionPlaceholder } from './limits';
import type { Fields } from './schema';
import { parseTarget } from './targets';
import type { CommandSpec, ConsumerSpec } from './types';

export function checkAts(fields: Fields): ScenarioError[] {
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

export function checkNetwork(fields: Fields): ScenarioError[] {
	const { delayMin, delayMax } = fields.network;
	return delayMin <= delayMax
		? []
		: [
				error('network.delayMin', `must be at most network.delayMax (${delayMax}); got ${delayMin}`)
			];
}

export function resolveConsumers(fields: Fields, domain: DomainDefinition): ConsumerSpec[] {
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

/**
 * `domains` (several domains in one run): at least two, each once, holding `domain` if the
 * scenario names it too; `domain` becomes the first of them. `domainGiven`: the input named
 * `domain` (its default is not a choice).
 */
export function resolveDomains(fields: Fields, domainGiven: boolean): ScenarioError[] {
	const names = fields.domains;
	if (names === undefined) return [];
	if (names.length < 2 || new Set(names).size !== names.length)
		return [error('domains', 'must name 2 or more different domains (or use "domain" for one)')];
	if (domainGiven && !names.includes(fields.domain))
		return [
			error('domain', `must be one of "domains" (${quoteAll(names)}); got "${fields.domain}"`)
		];
	fields.domain = names[0];
	return [];
}

export function checkConsumers(consumers: readonly ConsumerSpec[], fields: Fields) {
	const errors: ScenarioError[] = [];
	const seen = new Set<string>();
	const names = domainsOf(fields);
	const allowed = readModelsOf(names);
	consumers.forEach((c, i) => {
		if (seen.has(c.id))
			errors.push(error(`consumers[${i}].id`, `"${c.id}" is already used; ids must be unique`));
		seen.add(c.id);
		if (!allowed.includes(c.readModel)) {
			const known = (readModelNames as readonly string[]).includes(c.readModel);
			const of = names.length > 1 ? `the ${names.join(' and ')} domains` : `the ${names[0]} domain`;
			const why = known ? `is not a read model of ${of}` : 'is not a read model';
			errors.push(
				error(`consumers[${i}].readModel`, `"${c.readModel}" ${why}; allowed: ${quoteAll(allowed)}`)
			);
		}
	});
	return errors;
}

/**
 * A fault or intervention target: `relay` (every store's relay), `relay:<domain>` (one store's,
 * with several `domains`), a consumer id, or `id#n` for its n-th instance.
 */
function targetProblem(
	target: string,
	consumers: readonly ConsumerSpec[],
	relayAllowed: boolean,
	outbox: boolean,
	domains: readonly string[] | undefined
): string | null {
	const storeRelay = target.startsWith('relay:');
	if (storeRelay && domains === undefined)
		return `"${target}" names one domain's relay, which exists only with "domains"; use "relay"`;
	if (storeRelay && !domains!.includes(target.slice('relay:'.length)))
		return `"${target}": the domain must be one of ${quoteAll(domains!)}`;
	if ((target === 'relay' || storeRelay) && outbox === false)
		return '"relay" exists only with options.publish "outbox" (a dual write has no relay)';
	if (target === 'relay' || storeRelay)
		return relayAllowed ? null : '"relay" can only crash, not be partitioned';
	const parts = parseTarget(target);
	const consumer =
		parts.kind === 'relay' ? undefined : consumers.find((c) => c.id === parts.consumer);
	const relays = domains ? ', "relay", or "relay:<domain>" for one store\'s relay' : ', or "relay"';
	const allowed = `a consumer id (${quoteAll(consumers.map((c) => c.id)) || 'none defined'}), id#n for its n-th instance${relayAllowed ? relays : ''}`;
	if (consumer === undefined) return `"${target}" is not a known target; allowed: ${allowed}`;
	const instance = parts.kind === 'instance' ? parts.instance : null;
	if (instance !== null && (instance < 0 || instance >= consumer.instances))
		return `"${target}": instance must be in 1..${consumer.instances} (consumer "${consumer.id}" has ${consumer.instances})`;
	return null;
}

export function checkReferences(
	fields: Fields,
	consumers: readonly ConsumerSpec[]
): ScenarioError[] {
	const errors: ScenarioError[] = [];
	const outbox = fields.options.publish === 'outbox';
	fields.faults.forEach((f, i) => {
		const problem = targetProblem(f.target, consumers, f.kind === 'crash', outbox, fields.domains);
		if (problem !== null) errors.push(error(`faults[${i}].target`, problem));
	});
	fields.interventions.forEach((v, i) => {
		if (v.kind !== 'crash' && v.kind !== 'restart') return;
		const problem = targetProblem(v.target, consumers, true, outbox, fields.domains);
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

export function checkUniqueness(
	fields: Fields,
	consumers: readonly ConsumerSpec[]
): ScenarioError[] {
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
	const shapeKeys = schema instanceof z.ZodMiniObject ? Object.keys(schema.shape) : undefined;
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

/**
 * With several domains, the domain that owns the command's stream (its first repetition's), or
 * an error naming the stream and the domains the scenario has.
 */
function commandDomain(
	fields: Fields,
	command: CommandSpec,
	path: string
): DomainDefinition | ScenarioError {
	if (fields.domains === undefined) return domainDefinitions[fields.domain];
	const stream = substitute(command.stream, 1) as string;
	const owner = owningDomain(fields.domains, stream);
	if (owner) return owner;
	const ids = fields.domains.map((n) => domainDefinitions[n].streamDescription).join('; ');
	return error(
		path,
		`"${command.stream}" belongs to none of the scenario's domains (${quoteAll(fields.domains)}): ${ids}`
	);
}

export function checkCommands(fields: Fields): ScenarioError[] {
	const errors: ScenarioError[] = [];
	fields.commands.forEach((command, i) => {
		const path = `commands[${i}]`;
		const domain = commandDomain(fields, command, `${path}.stream`);
		if (!('commandTypes' in domain)) {
			errors.push(domain);
			return;
		}
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

/**
 * storage "state" has no store of events behind what it publishes: no relay can follow one (it
 * publishes as a dual write, so `publish` becomes "dual-write" unless the input asked for an
 * outbox), no late consumer can catch up from one under a queue, and no reservation can be
 * appended to one. `rawOptions` is the options object as written, to tell a default from a choice.
 */
export function checkStorage(
	fields: Fields,
	consumers: readonly ConsumerSpec[],
	rawOptions: unknown
): ScenarioError[] {
	if (fields.options.storage !== 'state') return [];
	const errors: ScenarioError[] = [];
	const why = 'storage "state" keeps rows, with no store of events behind its messages';
	const asked = rawOptions !== null && typeof rawOptions === 'object' && 'publish' in rawOptions;
	if (asked && fields.options.publish === 'outbox')
		errors.push(error('options.publish', `must be "dual-write" with ${why} for a relay to follow`));
	if (fields.options.uniqueness === 'reservation')
		errors.push(error('options.uniqueness', `"reservation" needs storage "events" (${why})`));
	if (fields.options.broker === 'queue')
		consumers.forEach((c, i) => {
			if (c.startAt > 0)
				errors.push(
					error(`consumers[${i}].startAt`, `must be 0 under a queue with ${why} to catch up from`)
				);
		});
	return errors;
}

/**
 * With several `domains` each store has its own positions, so a consumer catching up would keep
 * a checkpoint per store; the queue's catch-up reads one store's positions, so under a queue the
 * read side subscribes from the start. (A log reads its partitions from the first offset.)
 */
export function checkSeveralStores(
	fields: Fields,
	consumers: readonly ConsumerSpec[]
): ScenarioError[] {
	if (fields.domains === undefined || fields.options.broker !== 'queue') return [];
	return consumers.flatMap((c, i) =>
		c.startAt > 0
			? [
					error(
						`consumers[${i}].startAt`,
						'must be 0 under a queue with several "domains" (catching up would need a checkpoint per store; use broker "log")'
					)
				]
			: []
	);
}
