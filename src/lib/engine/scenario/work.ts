/**
 * The whole run's estimated work, bounded before simulating. Each field has its limit, but their
 * product does not: 200,000 ticks × 8 consumers of 8 instances × a lossy network × at-least-once
 * redelivery every tick through a 100,000-tick outage is within every field's limit and would not
 * finish in a day. So a scenario is also refused when the work it asks for, estimated from its
 * fields, is over `limits.runWorkMax`; the error names the fields that make it big.
 *
 * The estimate (work units; one is roughly one step of one node or one message copy):
 *   ticks     ticks × (1 + handlers + every consumer instance)        every node, every tick
 *   commands  commands × (1 + retries)                                loads, decisions, appends
 *   messages  copies × 2                                              copies and their acks
 *   waiting   copies × (delayMax + 1)                                 copies in flight, scanned each tick
 * with copies = consumers × (1 + duplicate) × (events × attempts + outage sends), events =
 * commands (× 2 for registration with reservation), attempts = 1 for at-most-once, else
 * 1/(1 - drop)² (an event and its ack must both arrive; at most 1 + ticks / ackTimeout), and
 * outage sends = (events / ticks) × D × D / ackTimeout for the longest consumer outage D (a
 * crash or partition): the events sent meanwhile are sent again every ackTimeout until it ends.
 */
import { limits } from './limits';
import { parseTarget } from './targets';
import type { Scenario } from './types';

export interface WorkEstimate {
	readonly total: number;
	readonly terms: {
		readonly ticks: number;
		readonly commands: number;
		readonly messages: number;
		readonly waiting: number;
	};
	/** The fields that make the largest term big, as paths. */
	readonly fields: readonly string[];
}

type Fields = Pick<
	Scenario,
	'ticks' | 'domain' | 'options' | 'network' | 'consumers' | 'commands' | 'faults' | 'interventions'
>;

/** The longest time a consumer (or one instance) cannot ack, in ticks. */
function longestOutage(s: Fields): number {
	const consumerIds = new Set(s.consumers.map((c) => c.id));
	const onConsumer = (target: string) => {
		const parts = parseTarget(target);
		return parts.kind !== 'relay' && consumerIds.has(parts.consumer);
	};
	let longest = 0;
	for (const f of s.faults) if (onConsumer(f.target)) longest = Math.max(longest, f.duration);
	for (const v of s.interventions)
		if (v.kind === 'crash' && onConsumer(v.target)) longest = Math.max(longest, v.duration);
	return Math.min(longest, s.ticks);
}

export function estimateWork(s: Fields): WorkEstimate {
	const { options, network } = s;
	const commands = s.commands.reduce((sum, c) => sum + c.repeat, 0);
	const instances = s.consumers.reduce((sum, c) => sum + c.instances, 0);
	const reservation = s.domain === 'registration' && options.uniqueness === 'reservation';
	const events = commands * (reservation ? 2 : 1);
	const atLeastOnce = options.delivery === 'at-least-once';
	// An event and its ack must both arrive: 1/(1 - drop)² attempts, at most one per ackTimeout.
	const survive = (1 - network.drop) ** 2;
	const attempts = !atLeastOnce
		? 1
		: Math.min(1 + s.ticks / options.ackTimeout, survive > 0 ? 1 / survive : Infinity);
	// Through an outage of D ticks, the ~rate × D events sent meanwhile are each sent every
	// ackTimeout ticks until it ends.
	const outage = longestOutage(s);
	const outageSends = atLeastOnce ? (events / s.ticks) * outage * (outage / options.ackTimeout) : 0;
	const copies = s.consumers.length * (1 + network.duplicate) * (events * attempts + outageSends);
	const terms = {
		ticks: s.ticks * (1 + options.handlers + instances),
		commands: commands * (1 + options.retries),
		messages: copies * 2,
		waiting: copies * (network.delayMax + 1)
	};
	const total = terms.ticks + terms.commands + terms.messages + terms.waiting;
	const largest = (Object.keys(terms) as (keyof typeof terms)[]).reduce((a, b) =>
		terms[b] > terms[a] ? b : a
	);
	const why: Record<keyof typeof terms, string[]> = {
		ticks: ['ticks', 'options.handlers', 'consumers[].instances'],
		commands: ['commands[].repeat', 'options.retries'],
		messages: messageFields(s, atLeastOnce),
		waiting: [...messageFields(s, atLeastOnce), 'network.delayMax']
	};
	return { total, terms, fields: why[largest] };
}

function messageFields(s: Fields, atLeastOnce: boolean): string[] {
	const fields = ['commands[].repeat', 'consumers'];
	if (s.network.duplicate > 0) fields.push('network.duplicate');
	if (atLeastOnce) {
		if (s.network.drop > 0) fields.push('network.drop');
		if (longestOutage(s) > 0) fields.push('faults[].duration');
		fields.push('options.ackTimeout (larger)', 'options.delivery');
	}
	return fields;
}

/** The refusal of a scenario over the bound, naming what to change; null when it is within. */
export function workProblem(s: Fields): string | null {
	const w = estimateWork(s);
	if (w.total <= limits.runWorkMax) return null;
	const round = (x: number) => Math.round(x).toLocaleString('en-US');
	return (
		`asks for too much work: about ${round(w.total)} units, the limit is ${round(limits.runWorkMax)} ` +
		`(ticks ${round(w.terms.ticks)}, commands ${round(w.terms.commands)}, messages ${round(w.terms.messages)}, ` +
		`copies waiting ${round(w.terms.waiting)}); make it smaller with: ${w.fields.join(', ')}`
	);
}
