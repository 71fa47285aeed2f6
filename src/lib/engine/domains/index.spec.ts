import { describe, expect, it } from 'vitest';
import { readModelNames } from '../readSide/projection';
import { domainNames } from './decider';
import { domains } from './index';

describe('domain registry', () => {
	it('has one definition per domain name, under its own name', () => {
		expect(Object.keys(domains).sort()).toEqual([...domainNames].sort());
		for (const name of domainNames) expect(domains[name].name).toBe(name);
	});

	it('gives every command a data schema, and nothing else', () => {
		for (const d of Object.values(domains)) {
			expect(Object.keys(d.commandData).sort()).toEqual([...d.commandTypes].sort());
		}
	});

	it('names events in the past tense and read models that exist', () => {
		for (const d of Object.values(domains)) {
			for (const type of d.eventTypes) expect(type).toMatch(/(ed|Set|Out)$/);
			for (const model of d.readModels) expect(readModelNames).toContain(model);
		}
	});

	it('each read model belongs to exactly one domain', () => {
		const all = Object.values(domains).flatMap((d) => d.readModels);
		expect([...all].sort()).toEqual([...readModelNames].sort());
	});

	it('builds a decider for each domain whose initial state refuses nothing valid by throwing', () => {
		for (const d of Object.values(domains)) {
			const decider = d.decider({ eventStyle: 'delta' });
			expect(() => decider.decide({ type: 'Nope', data: {} }, decider.initialState)).not.toThrow();
		}
	});
});
