/**
 * Ids that are JavaScript's own names. Every own property name of Object.prototype, and
 * `__proto__`, goes through every id field a scenario has (stream, consumer, client, sku,
 * username, fault target). Whatever the validator accepts must then run normally: the engine,
 * the report, a seek, the whole-trace passes and the views' analyses, with the id as an ordinary
 * key (a `constructor` stream counts its own events, a `__proto__` client waits for its own write).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divergenceAt } from '../analysis/divergence';
import { checkInvariants } from '../analysis/invariants';
import { prepareRun } from '../analysis/prepare';
import { readModelsAt } from '../analysis/readModels';
import { streamStateAt, streamsOf } from '../analysis/streams';
import { parseScenario, type ScenarioInput } from '../scenario/schema';
import { own } from '../own';
import { report, simulate, worldAt } from '.';

const builtinNames = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const fields = ['stream', 'consumer', 'client', 'sku', 'username', 'target'] as const;
type Field = (typeof fields)[number];

/** A consumer id must be lowercase; the other fields take the name as it is. */
const consumerId = (name: string) => name.toLowerCase();

/** A scenario that puts `name` in `field` (and only there), exercising what reads that field. */
function scenarioWith(field: Field, name: string, seed: number): Omit<ScenarioInput, 'format'> {
	const base = { seed, ticks: 60, network: { duplicate: 0.3, delayMax: 4 } };
	switch (field) {
		case 'stream':
		case 'client':
			return {
				...base,
				options: { snapshotEvery: 3, handlers: 2, readYourWrites: true },
				consumers: [
					{ id: 'plain', instances: 2 },
					{ id: 'dedupe', idempotency: 'dedupe-id' }
				],
				commands: [
					{
						at: 1,
						every: 2,
						repeat: 10,
						stream: field === 'stream' ? name : 'counter-1',
						type: 'Add',
						data: { amount: 1 },
						client: field === 'client' ? name : 'ann'
					}
				],
				queries: [{ at: 30, consumer: 'plain', client: field === 'client' ? name : 'ann' }]
			};
		case 'consumer':
		case 'target': {
			const id = consumerId(name);
			return {
				...base,
				options: { readYourWrites: true },
				consumers: [{ id, instances: 2, idempotency: 'dedupe-id' }],
				commands: [
					{ at: 1, every: 2, repeat: 10, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
				],
				faults: [
					{ at: 5, kind: 'crash', target: field === 'target' ? id : `${id}#1`, duration: 5 },
					{ at: 15, kind: 'partition', target: `${id}#2`, duration: 5 }
				],
				queries: [{ at: 30, consumer: id }],
				interventions: [{ at: 20, kind: 'crash', target: id, duration: 3 }]
			};
		}
		case 'sku':
			return {
				...base,
				domain: 'cart',
				consumers: [
					{ id: 'contents', readModel: 'cart-contents' },
					{ id: 'removed', readModel: 'removed-items' }
				],
				commands: [
					{ at: 1, stream: 'cart-1', type: 'AddItem', data: { sku: name, qty: 2 } },
					{ at: 4, stream: 'cart-1', type: 'RemoveItem', data: { sku: name } },
					{ at: 7, stream: 'cart-1', type: 'AddItem', data: { sku: name, qty: 3 } }
				]
			};
		case 'username':
			return {
				...base,
				domain: 'registration',
				options: { uniqueness: 'read-model-check' },
				consumers: [{ id: 'names' }],
				commands: [
					{ at: 1, stream: 'user-1', type: 'RegisterUser', data: { username: name } },
					{ at: 30, stream: 'user-2', type: 'RegisterUser', data: { username: name } }
				]
			};
	}
}

/** Whether the field's documented pattern admits the name (else validation must refuse it). */
function admitted(field: Field, name: string): boolean {
	if (field === 'consumer' || field === 'target') return /^[a-z][a-z0-9-]*$/.test(consumerId(name));
	if (field === 'client') return true;
	return /^[A-Za-z0-9]/.test(name);
}

/** Everything a visit to /sim and the CLI do with a run. */
function exercise(input: Omit<ScenarioInput, 'format'>) {
	const parsed = parseScenario({ format: 'eventscope/1', ...input });
	if (!parsed.ok) return null;
	const run = simulate(parsed.scenario, { checkpointEvery: 8 });
	const summary = report(run);
	for (const _ of prepareRun(run));
	const world = worldAt(run, 31);
	checkInvariants(run, world);
	readModelsAt(run, world);
	for (const c of run.scenario.consumers) divergenceAt(run, world, c.id);
	for (const s of streamsOf(run)) streamStateAt(run, s, 1);
	return { run, summary: JSON.parse(JSON.stringify(summary)) as typeof summary };
}

describe('ids named like Object.prototype members', () => {
	it('whatever validation accepts runs normally, in every id field', () => {
		const every = fields.flatMap((f) =>
			builtinNames.map((n) => [f, n, 1] as [Field, string, number])
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...fields),
				fc.constantFrom(...builtinNames),
				fc.integer({ min: 0, max: 1000 }),
				(field, name, seed) => {
					const out = exercise(scenarioWith(field, name, seed));
					expect(out !== null, `${field} = ${name}`).toBe(admitted(field, name));
					if (!out) return;
					expect(out.summary.counts.commands).toBeGreaterThan(0);
					for (const rm of Object.values(out.summary.readModels)) expect(rm.truth).toBeTruthy();
				}
			),
			{ numRuns: 300, examples: every }
		);
	});

	it('a stream called `constructor` keeps its own version and state (a report key like any other)', () => {
		const out = exercise(scenarioWith('stream', 'constructor', 3))!;
		expect(Object.keys(out.summary.streams)).toEqual(['constructor']);
		expect(own(out.summary.streams, 'constructor')).toEqual({ version: 10, state: { value: 10 } });
		expect(own(out.run.final.versions, 'constructor')).toBe(10);
		expect(own(out.summary.readModels, 'plain')?.truth).toEqual({ constructor: 10 });
	});

	it('a client called `__proto__` is tracked for read-your-writes like any other', () => {
		const out = exercise(scenarioWith('client', '__proto__', 3))!;
		expect(Object.hasOwn(out.run.final.lastCommandOf, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(out.run.final.lastCommandOf)).toBe(Object.prototype);
	});

	it('a consumer called `constructor` gets its own report entry', () => {
		const out = exercise(scenarioWith('consumer', 'constructor', 3))!;
		expect(Object.keys(out.summary.readModels)).toEqual(['constructor']);
		expect(own(out.summary.readModels, 'constructor')?.lag.events).toBeGreaterThan(0);
	});

	it.each(['version-next', 'version-newer'] as const)(
		'a %s consumer follows a stream called `constructor`, under a queue and a log',
		(idempotency) => {
			const input = scenarioWith('stream', 'constructor', 3);
			for (const broker of ['queue', 'log'] as const) {
				const out = exercise({
					...input,
					options: { ...input.options, broker },
					consumers: [...(input.consumers ?? []), { id: 'gated', idempotency }]
				});
				expect(out, broker).not.toBeNull();
				expect(own(out!.summary.readModels, 'gated')?.converged).toBe(true);
			}
		}
	);
});
