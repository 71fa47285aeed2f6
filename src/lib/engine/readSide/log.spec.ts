/**
 * The brokers' laws (fast-check, hundreds of runs each): what a log guarantees and a queue does
 * not. A failure prints a scenario to paste into `npm run sim`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventAt } from '../eventStore/eventStore';
import { sameView, truthOf } from './truth';
import { counterCommands, seed } from '../testing/arbitraries';
import { scenario } from '../testing/scenarios';
import { simulate, type Run } from '../simulation';
import type { ScenarioInput } from '../scenario/schema';

const runs = { numRuns: 200 };
type Input = Omit<ScenarioInput, 'format'>;

const logRun = (input: Input): Run =>
	simulate(scenario({ ...input, options: { broker: 'log', ...input.options } }));

const delays = fc
	.record({ delayMin: fc.integer({ min: 1, max: 6 }), spread: fc.integer({ min: 0, max: 14 }) })
	.map(({ delayMin, spread }) => ({ delayMin, delayMax: delayMin + spread }));

const group = fc.record({
	partitions: fc.integer({ min: 1, max: 6 }),
	instances: fc.integer({ min: 1, max: 4 }),
	commitEvery: fc.integer({ min: 1, max: 5 })
});

/** Each consumer instance's applies, as (stream, version) in the order they happened. */
function appliesOf(r: Run): Map<string, { stream: string; version: number; position: number }[]> {
	const byInstance = new Map<string, { stream: string; version: number; position: number }[]>();
	for (const rec of r.logs.trace) {
		if (rec.type !== 'EventApplied') continue;
		const e = eventAt(r.logs, rec.position);
		const key = `${rec.consumer}#${rec.instance}`;
		const list = byInstance.get(key) ?? [];
		list.push({ stream: e.streamId, version: e.version, position: rec.position });
		byInstance.set(key, list);
	}
	return byInstance;
}

/** Per consumer: each stream's applied versions, in the order they were applied. */
function versionsPerStream(r: Run, consumer: string): Map<string, number[]> {
	const out = new Map<string, number[]>();
	for (const rec of r.logs.trace) {
		if (rec.type !== 'EventApplied' || rec.consumer !== consumer) continue;
		const e = eventAt(r.logs, rec.position);
		out.set(e.streamId, [...(out.get(e.streamId) ?? []), e.version]);
	}
	return out;
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

describe('a log broker with no faults', () => {
	it('every instance applies each stream in version order, and no event twice, whatever the delays', () => {
		fc.assert(
			fc.property(seed, counterCommands, delays, group, (s, commands, network, g) => {
				const r = logRun({
					seed: s,
					ticks: 150,
					options: { partitions: g.partitions, commitEvery: g.commitEvery },
					network,
					consumers: [{ id: 'view', readModel: 'counter-values', instances: g.instances }],
					commands
				});
				for (const applies of appliesOf(r).values()) {
					const perStream = new Map<string, number[]>();
					for (const a of applies)
						perStream.set(a.stream, [...(perStream.get(a.stream) ?? []), a.version]);
					for (const versions of perStream.values()) expect(increasing(versions)).toBe(true);
				}
				const positions = [...appliesOf(r).values()].flat().map((a) => a.position);
				expect(new Set(positions).size).toBe(positions.length);
				// And every event got there: nothing is lost on an ordered link.
				expect(new Set(positions).size).toBe(r.final.storeHead);
			}),
			runs
		);
	});

	it('even a set without any check converges, where the same run under a queue may not', () => {
		let queueDiverged = 0;
		fc.assert(
			fc.property(seed, counterCommands, delays, (s, commands, network) => {
				const input = (broker: 'log' | 'queue'): Input => ({
					seed: s,
					ticks: 150,
					options: { broker, eventStyle: 'absolute', ackTimeout: 2 * network.delayMax + 2 },
					network,
					consumers: [{ id: 'view', readModel: 'counter-values' }],
					commands
				});
				const converged = (r: Run) => {
					const view = r.ctx.projectionOf.view;
					return sameView(
						view.view(r.final.consumers[0].model, r.ctx.projectionOptions),
						view.view(truthOf(r.ctx, r.final, 'view'), r.ctx.projectionOptions)
					);
				};
				expect(converged(simulate(scenario(input('log'))))).toBe(true);
				if (!converged(simulate(scenario(input('queue'))))) queueDiverged++;
			}),
			runs
		);
		// The contrast the lesson teaches is real, not a hypothetical.
		expect(queueDiverged).toBeGreaterThan(0);
	});
});

describe('a log broker after crashes', () => {
	const crashes = fc.array(
		fc.record({
			at: fc.integer({ min: 1, max: 70 }),
			kind: fc.constant('crash' as const),
			target: fc.constantFrom('view', 'view#1', 'view#2'),
			duration: fc.integer({ min: 1, max: 25 })
		}),
		{ minLength: 1, maxLength: 4 }
	);

	it('a partition is read again from its committed offset, in order: duplicates come in order', () => {
		fc.assert(
			fc.property(
				seed,
				counterCommands,
				delays,
				group,
				crashes,
				fc.integer({ min: 1, max: 15 }),
				(s, commands, network, g, faults, sessionTimeout) => {
					const r = logRun({
						seed: s,
						ticks: 200,
						options: {
							partitions: g.partitions,
							commitEvery: g.commitEvery,
							sessionTimeout
						},
						network,
						consumers: [
							{ id: 'view', readModel: 'counter-values', instances: Math.max(2, g.instances) }
						],
						commands,
						faults
					});
					// Per partition: every delivered offset is the next one, or a rewind to the
					// offset committed at that moment.
					const committed = new Map<number, number>();
					const next = new Map<number, number>();
					const sent = new Map<string, { partition: number; offset: number }>();
					for (const rec of r.logs.trace) {
						if (rec.type === 'OffsetCommitted') committed.set(rec.partition, rec.offset);
						else if (
							rec.type === 'MessageSent' &&
							rec.kind === 'event' &&
							rec.partition !== undefined
						)
							sent.set(rec.message, { partition: rec.partition, offset: rec.offset! });
						else if (rec.type === 'MessageDelivered' && sent.has(rec.message)) {
							const { partition, offset } = sent.get(rec.message)!;
							const expected = next.get(partition) ?? 0;
							if (offset !== expected) expect(offset).toBe(committed.get(partition) ?? 0);
							next.set(partition, offset + 1);
						}
					}
					// At-least-once loses nothing: every event is applied in the end.
					const applied = new Set(
						r.logs.trace.flatMap((x) => (x.type === 'EventApplied' ? [x.position] : []))
					);
					expect(applied.size).toBe(r.final.storeHead);
				}
			),
			runs
		);
	});

	it('at-most-once loses at most what was committed and not yet processed', () => {
		fc.assert(
			fc.property(seed, counterCommands, delays, crashes, (s, commands, network, faults) => {
				const r = logRun({
					seed: s,
					ticks: 200,
					options: { delivery: 'at-most-once', partitions: 3 },
					network,
					consumers: [{ id: 'view', readModel: 'counter-values', instances: 2 }],
					commands,
					faults
				});
				const copies = new Map<string, number>();
				const cutOff = new Set<number>();
				const applied = new Map<number, number>();
				for (const rec of r.logs.trace) {
					if (rec.type === 'MessageSent' && rec.kind === 'event')
						copies.set(rec.message, rec.position);
					else if (rec.type === 'MessageLost' && copies.has(rec.message))
						cutOff.add(copies.get(rec.message)!);
					else if (rec.type === 'EventApplied')
						applied.set(rec.position, (applied.get(rec.position) ?? 0) + 1);
				}
				for (let p = 1; p <= r.final.storeHead; p++)
					if (!applied.has(p)) expect(cutOff.has(p), `event ${p} lost without a crash`).toBe(true);
				// And at most once: committing first never reads a record twice.
				for (const times of applied.values()) expect(times).toBe(1);
			}),
			runs
		);
	});
});

describe('a late consumer', () => {
	it.each(['log', 'queue'] as const)(
		'applies each stream in version order under a %s (with no reordering on the wire)',
		(broker) => {
			fc.assert(
				fc.property(
					seed,
					counterCommands,
					fc.integer({ min: 1, max: 5 }),
					fc.integer({ min: 2, max: 60 }),
					fc.integer({ min: 1, max: 4 }),
					(s, commands, delay, startAt, catchUpPerTick) => {
						const r = simulate(
							scenario({
								seed: s,
								ticks: 200,
								// A fixed delay, so a queue does not reorder on the wire: any disorder
								// would come from catching up.
								options: { broker, catchUpPerTick, ackTimeout: 4 * delay + 2 },
								network: { delayMin: delay, delayMax: delay },
								consumers: [{ id: 'late', readModel: 'counter-values', startAt }],
								commands
							})
						);
						for (const versions of versionsPerStream(r, 'late').values())
							expect(increasing(versions)).toBe(true);
					}
				),
				runs
			);
		}
	);
});

describe('version-newer on absolute values', () => {
	it('converges under any queue reordering, duplication and loss that is eventually repaired', () => {
		fc.assert(
			fc.property(
				seed,
				counterCommands,
				delays,
				fc.double({ min: 0, max: 0.4, noNaN: true }),
				fc.double({ min: 0, max: 0.5, noNaN: true }),
				(s, commands, network, drop, duplicate) => {
					const r = simulate(
						scenario({
							seed: s,
							// A long quiet tail, so at-least-once repairs every loss.
							ticks: 600,
							options: { broker: 'queue', eventStyle: 'absolute', ackTimeout: 5 },
							network: { ...network, drop, duplicate },
							consumers: [
								{ id: 'view', readModel: 'counter-values', idempotency: 'version-newer' }
							],
							commands
						})
					);
					const view = r.ctx.projectionOf.view;
					expect(
						sameView(
							view.view(r.final.consumers[0].model, r.ctx.projectionOptions),
							view.view(truthOf(r.ctx, r.final, 'view'), r.ctx.projectionOptions)
						)
					).toBe(true);
				}
			),
			runs
		);
	});
});
