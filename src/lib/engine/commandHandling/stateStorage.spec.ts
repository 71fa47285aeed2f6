/**
 * The traditional baseline (`options.storage: "state"`): given/when/then for the row and its
 * audit log, and the laws that tell it apart from an event store.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../domains/decider';
import { own } from '../own';
import { foldProjection, projections } from '../readSide/projections';
import { truthOf } from '../readSide/truth';
import { parseScenario } from '../scenario/schema';
import { auditLogOf } from '../simulation/report';
import { cartCommands, counterCommands, seed } from '../testing/arbitraries';
import { run, traceOf } from '../testing/scenarios';

const add = (at: number, sku: string, qty = 1) => ({
	at,
	stream: 'cart-1',
	type: 'AddItem',
	data: { sku, qty }
});
const remove = (at: number, sku: string) => ({
	at,
	stream: 'cart-1',
	type: 'RemoveItem',
	data: { sku }
});
const cartAsState = (options: Record<string, unknown>) => ({
	domain: 'cart' as const,
	ticks: 40,
	options: { storage: 'state' as const, ...options },
	consumers: [
		{ id: 'contents', readModel: 'cart-contents' as const },
		{ id: 'removals', readModel: 'removed-items' as const }
	],
	commands: [add(2, 'apple', 2), add(4, 'pear'), remove(6, 'apple'), add(8, 'fig', 3)]
});

describe('storage "state": one row per stream, updated in place', () => {
	it('given a cart kept as a row, when items come and go, then the row holds only what is in it now', () => {
		const { run: r, report } = run(cartAsState({}));
		expect(report.streams['cart-1']).toEqual({
			version: 4,
			state: { items: { pear: 1, fig: 3 }, checkedOut: false }
		});
		expect(traceOf(r, 'RowUpdated').map((u) => u.version)).toEqual([1, 2, 3, 4]);
		expect(traceOf(r, 'EventAppended')).toEqual([]);
		// Every load reads the row: nothing to replay.
		expect(traceOf(r, 'CommandLoaded').every((l) => l.eventsReplayed === 0)).toBe(true);
	});

	it('then it publishes the row as a set-style state message, which cannot say what was removed', () => {
		const { run: r, report } = run(cartAsState({}));
		expect(r.logs.events.map((e) => e.type)).toEqual(Array(4).fill('StateSet'));
		expect(report.readModels.contents.state).toEqual({
			'cart-1': { items: { fig: 3, pear: 1 }, checkedOut: false }
		});
		expect(report.readModels.removals.state).toEqual({});
	});

	it('given no crashes, then the audit log has one entry per update, naming the command but not its data', () => {
		const { report } = run(cartAsState({}));
		expect(report.auditLog?.map((e) => `${e.command} ${e.commandType} v${e.version}`)).toEqual([
			'c1 AddItem v1',
			'c2 AddItem v2',
			'c3 RemoveItem v3',
			'c4 AddItem v4'
		]);
		expect(report.counts).toMatchObject({ rowUpdates: 4, audited: 4, logLost: 0 });
	});

	it('given the second write always crashes, then every row changes and the audit log stays empty', () => {
		const { run: r, report } = run(cartAsState({ logCrash: 1 }));
		expect(report.streams['cart-1'].version).toBe(4);
		expect(report.auditLog).toEqual([]);
		expect(traceOf(r, 'AuditLost').map((l) => l.command)).toEqual(['c1', 'c2', 'c3', 'c4']);
		expect(report.counts).toMatchObject({ rowUpdates: 4, audited: 0, logLost: 4 });
	});

	it('given two handlers on one row, then the stale update is refused by the row version and decided again', () => {
		const { run: r, report } = run({
			...cartAsState({ handlers: 2 }),
			commands: [add(2, 'apple'), add(2, 'pear')]
		});
		expect(traceOf(r, 'AppendConflict')).toMatchObject([{ expected: 'no-stream', actual: 1 }]);
		expect(report.streams['cart-1'].state).toEqual({
			items: { apple: 1, pear: 1 },
			checkedOut: false
		});
	});

	it('given the publish crashes after an update, then the message is lost for good: no relay, no replay', () => {
		const { run: r, report } = run({ ...cartAsState({ publishCrash: 1 }), ticks: 80 });
		expect(traceOf(r, 'PublishLost')).toHaveLength(4);
		expect(traceOf(r, 'Published')).toEqual([]);
		expect(report.readModels.contents.state).toEqual({});
	});
});

describe('the scenario format', () => {
	const parse = (options: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		parseScenario({ format: 'eventscope/2', options, ...extra });

	it('leaves storage and logCrash out when they are not given, so old scenarios parse as before', () => {
		const parsed = parse({});
		expect(parsed.ok && 'storage' in parsed.scenario.options).toBe(false);
		expect(parsed.ok && 'logCrash' in parsed.scenario.options).toBe(false);
	});

	it('publishes as a dual write under storage "state", and refuses an outbox asked for', () => {
		const parsed = parse({ storage: 'state' });
		expect(parsed.ok && parsed.scenario.options.publish).toBe('dual-write');
		expect(parse({ storage: 'state', publish: 'outbox' })).toMatchObject({
			ok: false,
			errors: [{ path: 'options.publish' }]
		});
	});

	it('names the field for what has no store of events to work on', () => {
		expect(parse({ storage: 'rows' })).toMatchObject({
			ok: false,
			errors: [{ path: 'options.storage', message: expect.stringMatching(/"events", "state"/) }]
		});
		expect(
			parse(
				{ storage: 'state', broker: 'queue' },
				{ ticks: 20, consumers: [{ id: 'late', startAt: 5 }] }
			)
		).toMatchObject({ ok: false, errors: [{ path: 'consumers[0].startAt' }] });
		expect(
			parse({ storage: 'state', uniqueness: 'reservation' }, { domain: 'registration' })
		).toMatchObject({ ok: false, errors: [{ path: 'options.uniqueness' }] });
	});
});

const runs = { numRuns: 120 };
const workload = fc.oneof(
	counterCommands.map((commands) => ({ domain: 'counter' as const, commands })),
	cartCommands.map((commands) => ({ domain: 'cart' as const, commands }))
);

describe('laws of the two storages', () => {
	it('state: each row equals the fold of its accepted commands, in the order they were accepted', () => {
		fc.assert(
			fc.property(seed, workload, fc.integer({ min: 1, max: 3 }), (s, w, handlers) => {
				const { run: r } = run({
					seed: s,
					ticks: 200,
					options: { storage: 'state', handlers, decideTicksMax: 3 },
					consumers: [],
					...w
				});
				const decider = r.ctx.decider;
				const folded = new Map<string, unknown>();
				for (const accepted of traceOf(r, 'CommandAccepted')) {
					const cmd = r.ctx.commands[Number(accepted.command.slice(1)) - 1];
					const before = folded.get(cmd.stream) ?? decider.initialState;
					const decision = decider.decide({ type: cmd.type, data: cmd.data }, before);
					expect(decision.ok).toBe(true);
					const events = decision.ok ? (decision.events as DomainEvent[]) : [];
					folded.set(cmd.stream, events.reduce(decider.evolve, before));
				}
				for (const [stream, state] of folded)
					expect(own(r.final.rows, stream)?.state).toEqual(state);
				expect(Object.keys(r.final.rows).length).toBe(folded.size);
			}),
			runs
		);
	});

	it('state: the audit log misses exactly the writes that crashed (entries + logLost = updates)', () => {
		fc.assert(
			fc.property(seed, workload, fc.double({ min: 0, max: 1, noNaN: true }), (s, w, logCrash) => {
				const { run: r } = run({
					seed: s,
					ticks: 200,
					options: { storage: 'state', logCrash },
					consumers: [],
					...w
				});
				const updated = traceOf(r, 'RowUpdated').map((u) => u.command);
				const lost = new Set(traceOf(r, 'AuditLost').map((l) => l.command));
				const entries = auditLogOf(r.logs.trace);
				expect(entries.map((e) => e.command)).toEqual(updated.filter((c) => !lost.has(c)));
				expect(entries.length + lost.size).toBe(updated.length);
				expect(r.final.counts.logLost).toBe(lost.size);
			}),
			runs
		);
	});

	it('events: nothing appended is unrecoverable; the read model rebuilt from the store is its truth', () => {
		fc.assert(
			fc.property(
				seed,
				cartCommands,
				fc.double({ min: 0, max: 1, noNaN: true }),
				(s, commands, publishCrash) => {
					const { run: r } = run({
						seed: s,
						ticks: 200,
						domain: 'cart',
						options: { publish: 'dual-write', publishCrash },
						network: { drop: 0.2 },
						consumers: [{ id: 'removals', readModel: 'removed-items' }],
						commands
					});
					// Whatever the publisher lost, the store still holds every event, in order.
					const accepted = traceOf(r, 'CommandAccepted').flatMap((a) => a.positions);
					expect(r.logs.events.map((e) => e.globalPosition)).toEqual(accepted);
					const rebuilt = foldProjection(
						projections['removed-items'],
						r.logs.events,
						r.ctx.projectionOptions
					);
					const truth = projections['removed-items'].view(
						truthOf(r.ctx, r.final, 'removals'),
						r.ctx.projectionOptions
					);
					expect(rebuilt).toEqual(truth);
					// …and answers what nobody logged: every accepted removal is there.
					const removals = traceOf(r, 'CommandAccepted').filter(
						(a) => r.ctx.commands[Number(a.command.slice(1)) - 1].type === 'RemoveItem'
					).length;
					const removed = Object.values(rebuilt as Record<string, number>);
					expect(removed.reduce((a, b) => a + b, 0)).toBe(removals);
				}
			),
			runs
		);
	});
});
