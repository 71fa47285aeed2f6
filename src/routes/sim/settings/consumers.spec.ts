import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { exampleScenario } from '$lib/share/location';
import { addConsumer, removeConsumer, renameConsumer } from './consumers';

const counter = exampleScenario('counter');
const withRefs = {
	...counter,
	faults: [{ at: 10, kind: 'crash' as const, target: 'naive#1', duration: 5 }],
	interventions: [
		{ at: 12, kind: 'restart' as const, target: 'naive' },
		{ at: 13, kind: 'drop' as const, message: 'm1' }
	]
};

describe('editing consumers', () => {
	it('renaming a consumer renames the queries, faults and interventions that name it', () => {
		const next = produce(withRefs, (d) => renameConsumer(d, 0, 'plain'));
		expect(next.consumers.map((c) => c.id)).toEqual(['plain', 'deduped']);
		expect(next.queries.map((q) => q.consumer)).toEqual(['plain', 'deduped']);
		expect(next.faults[0].target).toBe('plain#1');
		expect(next.interventions[0]).toMatchObject({ target: 'plain' });
	});

	it('removing a consumer removes what names it and says how many', () => {
		let removed = 0;
		const next = produce(withRefs, (d) => {
			removed = removeConsumer(d, 0);
		});
		expect(removed).toBe(3);
		expect(next.consumers.map((c) => c.id)).toEqual(['deduped']);
		expect(next.interventions).toEqual([{ at: 13, kind: 'drop', message: 'm1' }]);
	});

	it('adding a consumer picks a free id and the domain’s first read model', () => {
		const next = produce(counter, (d) => {
			addConsumer(d);
			addConsumer(d);
		});
		expect(next.consumers.slice(2)).toMatchObject([
			{ id: 'view', readModel: 'counter-values' },
			{ id: 'view-2', readModel: 'counter-values' }
		]);
	});
});
