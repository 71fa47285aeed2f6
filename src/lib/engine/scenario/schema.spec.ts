/**
 * The scenario boundary: defaults, one error per mistake with its path and the allowed values,
 * the limits, `{i}` generation, and totality (no input makes parsing throw).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from './examples';
import {
	expandCommands,
	formatScenarioErrors,
	limits,
	parseScenario,
	parseScenarioText,
	type ScenarioError,
	type ScenarioInput
} from './schema';
import type { Scenario } from './types';

const base = { format: 'eventscope/2' } as const;

function valid(input: unknown): Scenario {
	const result = parseScenario(input);
	if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
	return result.scenario;
}

function errorsOf(input: unknown): ScenarioError[] {
	const result = parseScenario(input);
	if (result.ok) throw new Error('expected the scenario to be refused');
	return result.errors;
}

const add = (at: number, stream = 'counter-1', amount = 1) => ({
	at,
	stream,
	type: 'Add',
	data: { amount }
});

describe('defaults', () => {
	it('fills in every field but format', () => {
		expect(valid(base)).toEqual({
			format: 'eventscope/2',
			title: 'Untitled',
			seed: 1,
			ticks: 200,
			domain: 'counter',
			options: {
				eventStyle: 'delta',
				handlers: 1,
				decideTicksMax: 1,
				retries: 3,
				snapshotEvery: 0,
				publish: 'outbox',
				publishCrash: 0,
				relayRestartTicks: 5,
				delivery: 'at-least-once',
				broker: 'log',
				partitions: 4,
				commitEvery: 1,
				sessionTimeout: 10,
				ackTimeout: 12,
				uniqueness: 'none',
				lowStockThreshold: 10,
				readYourWrites: false,
				catchUpPerTick: 5
			},
			network: { drop: 0, duplicate: 0, delayMin: 1, delayMax: 1 },
			consumers: [
				{ id: 'view', readModel: 'counter-values', idempotency: 'none', instances: 1, startAt: 0 }
			],
			commands: [],
			faults: [],
			queries: [],
			interventions: []
		});
	});

	it("gives the default consumer the domain's first read model", () => {
		expect(valid({ ...base, domain: 'inventory' }).consumers[0].readModel).toBe('stock-levels');
	});

	it('keeps an explicit empty consumer list empty', () => {
		expect(valid({ ...base, consumers: [] }).consumers).toEqual([]);
	});

	it('fills in per-entry defaults of commands, consumers and queries', () => {
		const scenario = valid({
			...base,
			domain: 'cart',
			consumers: [{ id: 'a' }, { id: 'b', readModel: 'removed-items' }],
			commands: [{ at: 1, stream: 'cart-1', type: 'Checkout' }],
			queries: [{ at: 2, consumer: 'a' }]
		});
		expect(scenario.consumers.map((c) => c.readModel)).toEqual(['cart-contents', 'removed-items']);
		expect(scenario.commands[0]).toEqual({
			at: 1,
			every: 1,
			repeat: 1,
			stream: 'cart-1',
			type: 'Checkout',
			data: {},
			client: 'client',
			jitter: 0
		});
		expect(scenario.queries[0].client).toBe('client');
	});

	it('is idempotent: a parsed scenario parses to itself', () => {
		for (const input of Object.values(examples)) {
			const once = valid(input);
			expect(valid(JSON.parse(JSON.stringify(once)))).toEqual(once);
		}
	});
});

/** [what is wrong, scenario, path, a piece of the message]. */
const refused: [string, unknown, string, string][] = [
	['not an object', [], '(root)', 'must be an object'],
	['no format', {}, 'format', 'is required'],
	['an unknown format', { format: 'eventscope/3', x: 1 }, 'format', '"eventscope/2"'],
	[
		'a typo in a key',
		{ ...base, options: { delivry: 'x' } },
		'options.delivry',
		'did you mean "delivery"'
	],
	['an unknown top-level key', { ...base, tick: 5 }, 'tick', 'allowed keys: format, title'],
	[
		'a bad enum',
		{ ...base, options: { delivery: 'exactly-once' } },
		'options.delivery',
		'"at-most-once", "at-least-once"'
	],
	['a fractional tick count', { ...base, ticks: 1.5 }, 'ticks', 'integer in 1..200000'],
	['too many ticks', { ...base, ticks: 200_001 }, 'ticks', 'integer in 1..200000'],
	['a negative seed', { ...base, seed: -1 }, 'seed', '0..4294967295'],
	['a seed beyond uint32', { ...base, seed: 2 ** 32 }, 'seed', '0..4294967295'],
	['a probability above 1', { ...base, network: { drop: 1.5 } }, 'network.drop', '[0, 1]'],
	['a zero delay', { ...base, network: { delayMin: 0 } }, 'network.delayMin', '1..1000'],
	[
		'delayMin above delayMax',
		{ ...base, network: { delayMin: 5, delayMax: 2 } },
		'network.delayMin',
		'at most network.delayMax'
	],
	['too many handlers', { ...base, options: { handlers: 17 } }, 'options.handlers', '1..16'],
	[
		'a decide window of 0',
		{ ...base, options: { decideTicksMax: 0 } },
		'options.decideTicksMax',
		'1..100'
	],
	[
		'a relay crash under dual write',
		{
			...base,
			options: { publish: 'dual-write' },
			faults: [{ at: 1, kind: 'crash', target: 'relay', duration: 3 }]
		},
		'faults[0].target',
		'only with options.publish "outbox"'
	],
	[
		"a product command in another product's stream",
		{
			...base,
			domain: 'inventory',
			consumers: [],
			commands: [
				{ at: 1, stream: 'product-apple', type: 'ListProduct', data: { sku: 'pear', name: 'Pear' } }
			]
		},
		'commands[0].data.sku',
		'"product-pear"'
	],
	[
		'a string boolean',
		{ ...base, options: { readYourWrites: 'yes' } },
		'options.readYourWrites',
		'true or false'
	],
	['a long title', { ...base, title: 'x'.repeat(201) }, 'title', '0 to 200 characters'],
	[
		'an unknown domain',
		{ ...base, domain: 'bank' },
		'domain',
		'"counter", "cart", "inventory", "registration"'
	],
	[
		'an unknown command type',
		{ ...base, commands: [{ ...add(1), type: 'Ad' }] },
		'commands[0].type',
		'allowed: "Add"'
	],
	[
		'bad command data',
		{ ...base, commands: [add(1, 'counter-1', 0.5)] },
		'commands[0].data.amount',
		'integer'
	],
	[
		'an unknown data key',
		{ ...base, commands: [{ ...add(1), data: { amount: 1, amout: 1 } }] },
		'commands[0].data.amout',
		'allowed keys: amount'
	],
	[
		'a bad stream id',
		{ ...base, domain: 'cart', commands: [{ at: 1, stream: 'basket-1', type: 'Checkout' }] },
		'commands[0].stream',
		'cart-'
	],
	[
		'a generated stream id too long',
		{ ...base, commands: [{ ...add(1), stream: `${'c'.repeat(61)}{i}`, repeat: 1000 }] },
		'commands[0].stream',
		'longer than 64'
	],
	[
		'a missing command stream',
		{ ...base, commands: [{ at: 1, type: 'Add' }] },
		'commands[0].stream',
		'is required'
	],
	[
		'a command after the last tick',
		{ ...base, ticks: 10, commands: [add(11)] },
		'commands[0].at',
		'0..10'
	],
	[
		'a read model of another domain',
		{ ...base, consumers: [{ id: 'v', readModel: 'usernames' }] },
		'consumers[0].readModel',
		'allowed: "counter-values"'
	],
	[
		'a duplicate consumer id',
		{ ...base, consumers: [{ id: 'v' }, { id: 'v' }] },
		'consumers[1].id',
		'unique'
	],
	[
		'an uppercase consumer id',
		{ ...base, consumers: [{ id: 'View' }] },
		'consumers[0].id',
		'lowercase'
	],
	[
		'a consumer called relay',
		{ ...base, consumers: [{ id: 'relay' }] },
		'consumers[0].id',
		'not "relay"'
	],
	[
		'too many consumers',
		{ ...base, consumers: Array.from({ length: 9 }, (_, i) => ({ id: `c${i}` })) },
		'consumers',
		'at most 8'
	],
	[
		'too many instances',
		{ ...base, consumers: [{ instances: 9 }] },
		'consumers[0].instances',
		'1..8'
	],
	[
		'a fault on no consumer',
		{ ...base, faults: [{ at: 1, kind: 'crash', target: 'nope', duration: 2 }] },
		'faults[0].target',
		'"view"'
	],
	[
		'an instance out of range',
		{ ...base, faults: [{ at: 1, kind: 'crash', target: 'view#2', duration: 2 }] },
		'faults[0].target',
		'1..1'
	],
	[
		'a partitioned relay',
		{ ...base, faults: [{ at: 1, kind: 'partition', target: 'relay', duration: 2 }] },
		'faults[0].target',
		'only crash'
	],
	[
		'a zero-length fault',
		{ ...base, faults: [{ at: 1, kind: 'crash', target: 'view', duration: 0 }] },
		'faults[0].duration',
		'1..100000'
	],
	[
		'a query of no consumer',
		{ ...base, queries: [{ at: 1, consumer: 'nope' }] },
		'queries[0].consumer',
		'allowed: "view"'
	],
	[
		'an unknown intervention',
		{ ...base, interventions: [{ at: 1, kind: 'explode' }] },
		'interventions[0].kind',
		'"drop", "duplicate", "delay", "crash", "restart"'
	],
	[
		'a restart of no one',
		{ ...base, interventions: [{ at: 1, kind: 'restart', target: 'x' }] },
		'interventions[0].target',
		'not a known target'
	],
	[
		'a read-model check with no view',
		{ ...base, domain: 'registration', options: { uniqueness: 'read-model-check' }, consumers: [] },
		'options.uniqueness',
		'readModel "usernames"'
	],
	[
		'too many commands',
		{
			...base,
			commands: [
				{ ...add(1), repeat: 150_000 },
				{ ...add(1), repeat: 60_000 }
			]
		},
		'commands',
		'limit is 200000'
	],
	[
		'too many streams',
		{ ...base, commands: [{ ...add(1), stream: 'c-{i}', repeat: 10_001 }] },
		'commands',
		'10000 distinct streams'
	]
];

describe('errors name the path and what is allowed there', () => {
	it.each(refused)('%s', (_what, input, path, message) => {
		const errors = errorsOf(input);
		expect(errors, formatScenarioErrors(errors)).toContainEqual({
			path,
			message: expect.stringContaining(message)
		});
	});

	it('reports an unknown format alone (a future format would trip every renamed field)', () => {
		expect(errorsOf({ format: 'eventscope/3', tick: 1, options: 3 })).toHaveLength(1);
	});

	it('checks generated data at the last repetition too', () => {
		const input = {
			...base,
			domain: 'registration',
			commands: [
				{
					at: 1,
					repeat: 20,
					stream: 'user-{i}',
					type: 'RegisterUser',
					data: { username: `${'u'.repeat(31)}{i}` }
				}
			]
		};
		expect(errorsOf(input).map((e) => e.path)).toEqual(['commands[0].data.username']);
	});
});

describe('parseScenarioText', () => {
	it('reports invalid JSON at the root', () => {
		const result = parseScenarioText('{"format": ');
		expect(result).toMatchObject({ ok: false, errors: [{ path: '(root)' }] });
		if (!result.ok) expect(result.errors[0].message).toMatch(/^is not valid JSON/);
	});

	it('refuses input over the size limit before parsing it', () => {
		const text = JSON.stringify({ ...base, title: 'é'.repeat(limits.inputBytesMax / 2) });
		expect(parseScenarioText(text)).toMatchObject({
			ok: false,
			errors: [{ path: '(root)', message: expect.stringContaining('1048576 bytes') }]
		});
	});

	it('parses a valid text', () => {
		expect(parseScenarioText(JSON.stringify(examples.cart)).ok).toBe(true);
	});
});

describe('formatScenarioErrors', () => {
	it('prints path: message lines and cuts long lists', () => {
		const errors = Array.from({ length: 25 }, (_, i) => ({
			path: `commands[${i}].at`,
			message: 'm'
		}));
		const text = formatScenarioErrors(errors);
		expect(text.split('\n')).toHaveLength(21);
		expect(text).toMatch(/^commands\[0\]\.at: m\n/);
		expect(text).toMatch(/\.\.\. and 5 more$/);
	});
});

describe('expandCommands', () => {
	it('generates repeats every N ticks with {i} in stream and data, ids in arrival order', () => {
		const scenario = valid({
			...base,
			domain: 'registration',
			consumers: [],
			commands: [
				{
					at: 10,
					every: 2,
					repeat: 3,
					stream: 'user-{i}',
					type: 'RegisterUser',
					data: { username: 'u{i}' }
				},
				{ at: 12, stream: 'user-x', type: 'RegisterUser', data: { username: 'x' }, client: 'bob' }
			]
		});
		expect(expandCommands(scenario)).toEqual([
			{
				id: 'c1',
				at: 10,
				stream: 'user-1',
				type: 'RegisterUser',
				data: { username: 'u1' },
				client: 'client'
			},
			{
				id: 'c2',
				at: 12,
				stream: 'user-2',
				type: 'RegisterUser',
				data: { username: 'u2' },
				client: 'client'
			},
			{
				id: 'c3',
				at: 12,
				stream: 'user-x',
				type: 'RegisterUser',
				data: { username: 'x' },
				client: 'bob'
			},
			{
				id: 'c4',
				at: 14,
				stream: 'user-3',
				type: 'RegisterUser',
				data: { username: 'u3' },
				client: 'client'
			}
		]);
	});

	it('sorts by at, then entry order, then repetition', () => {
		const scenario = valid({
			...base,
			commands: [add(5, 'a'), add(1, 'b'), add(5, 'c'), { ...add(5, 'd'), every: 0, repeat: 2 }]
		});
		expect(expandCommands(scenario).map((c) => `${c.id}@${c.at}:${c.stream}`)).toEqual([
			'c1@1:b',
			'c2@5:a',
			'c3@5:c',
			'c4@5:d',
			'c5@5:d'
		]);
	});

	it('drops copies that would arrive after the last tick', () => {
		const scenario = valid({
			...base,
			ticks: 20,
			commands: [{ ...add(10), every: 5, repeat: 10 }]
		});
		expect(expandCommands(scenario).map((c) => c.at)).toEqual([10, 15, 20]);
	});

	it('gives each copy its own data object', () => {
		const [first, second] = expandCommands(
			valid({ ...base, commands: [{ ...add(1), repeat: 2 }] })
		);
		expect(first.data).not.toBe(second.data);
	});
});

/** A valid example with one part replaced, removed or added, chosen by fast-check. */
function mutate(value: unknown, choices: [number, unknown, 'set' | 'delete' | 'add'][]): unknown {
	const root = structuredClone(value) as Record<string, unknown>;
	for (const [pick, replacement, how] of choices) {
		const slots: [Record<string | number, unknown>, string | number][] = [];
		const walk = (node: unknown) => {
			if (node === null || typeof node !== 'object') return;
			for (const key of Object.keys(node)) {
				const k = Array.isArray(node) ? Number(key) : key;
				slots.push([node as Record<string | number, unknown>, k]);
				walk((node as Record<string, unknown>)[key]);
			}
		};
		walk(root);
		if (slots.length === 0) return root;
		const [parent, key] = slots[pick % slots.length];
		if (how === 'set') parent[key] = replacement;
		else if (how === 'delete') delete parent[key];
		else parent[`${String(key)}x`] = replacement;
	}
	return root;
}

describe('totality', () => {
	it('never throws on random JSON values', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = parseScenario(value);
				expect(typeof result.ok).toBe('boolean');
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on mutated valid scenarios, and what it accepts parses to itself', () => {
		const example = fc.constantFrom(...Object.values(examples));
		const choice = fc.tuple(fc.nat(), fc.jsonValue(), fc.constantFrom('set', 'delete', 'add'));
		fc.assert(
			fc.property(example, fc.array(choice, { maxLength: 3 }), (input: ScenarioInput, choices) => {
				const result = parseScenario(mutate(input, choices as never));
				if (result.ok) expect(parseScenario(result.scenario)).toEqual(result);
				else expect(result.errors.length).toBeGreaterThan(0);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on random text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(typeof parseScenarioText(text).ok).toBe('boolean');
			})
		);
	});
});

describe('format v1 (written before brokers had kinds) opens as it always did', () => {
	it('given a v1 scenario, then its broker is a queue and everything else keeps its default', () => {
		const v1 = valid({ format: 'eventscope/1' });
		expect(v1.format).toBe('eventscope/2');
		expect(v1.options.broker).toBe('queue');
		expect({ ...v1, options: { ...v1.options, broker: 'log' } }).toEqual(valid(base));
	});

	it('given a v1 consumer with version-gate, then it applies the next version only (version-next)', () => {
		const v1 = valid({
			format: 'eventscope/1',
			consumers: [{ id: 'gated', idempotency: 'version-gate' }],
			options: { delivery: 'at-most-once' }
		});
		expect(v1.consumers[0].idempotency).toBe('version-next');
		expect(v1.options).toMatchObject({ broker: 'queue', delivery: 'at-most-once' });
	});

	it('given a v2 scenario, then version-gate is refused with the allowed values', () => {
		const errors = errorsOf({ ...base, consumers: [{ id: 'v', idempotency: 'version-gate' }] });
		expect(errors).toContainEqual({
			path: 'consumers[0].idempotency',
			message: expect.stringContaining('"version-next", "version-newer"')
		});
	});
});
