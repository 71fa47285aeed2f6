import { describe, expect, it } from 'vitest';
import { readModelNames } from '../readSide/projection';
import { domainNames } from './decider';
import { domains, owningDomain, readModelsOf } from './index';

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

	it('each read model belongs to exactly one domain, except cart-view, which joins two', () => {
		const all = Object.values(domains).flatMap((d) => d.readModels);
		expect([...all, 'cart-view'].sort()).toEqual([...readModelNames].sort());
		expect(readModelsOf(['cart'])).not.toContain('cart-view');
		expect(readModelsOf(['cart', 'inventory'])).toContain('cart-view');
		expect(readModelsOf(['inventory', 'cart'])).toContain('cart-view');
	});

	it('sends a stream to the domain that owns it, trying the counter (any name) last', () => {
		expect(owningDomain(['cart', 'inventory'], 'cart-ann')?.name).toBe('cart');
		expect(owningDomain(['cart', 'inventory'], 'product-apple')?.name).toBe('inventory');
		expect(owningDomain(['cart', 'inventory'], 'counter-1')).toBeUndefined();
		expect(owningDomain(['counter', 'cart'], 'cart-1')?.name).toBe('cart');
		expect(owningDomain(['counter', 'cart'], 'anything')?.name).toBe('counter');
	});

	it('builds a decider for each domain whose initial state refuses nothing valid by throwing', () => {
		for (const d of Object.values(domains)) {
			const decider = d.decider({ eventStyle: 'delta' });
			expect(() => decider.decide({ type: 'Nope', data: {} }, decider.initialState)).not.toThrow();
		}
	});
});
