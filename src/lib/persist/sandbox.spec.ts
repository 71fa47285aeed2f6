import { describe, expect, it } from 'vitest';
import { examples, parseScenario } from '$lib/engine';
import {
	clearSandbox,
	loadSandbox,
	saveSandbox,
	sandboxStorageKey,
	setAsideSandbox,
	setAsideStorageKey,
	type KeyValueStorage
} from './sandbox';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
	data: Map<string, string>;
} {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key)
	};
}

const cart = (() => {
	const parsed = parseScenario(examples.cart);
	if (!parsed.ok) throw new Error('invalid example');
	return parsed.scenario;
})();

describe('the saved sandbox', () => {
	it('given nothing saved, restores nothing', () => {
		expect(loadSandbox(memoryStorage())).toEqual({ kind: 'none' });
	});

	it('given a saved scenario, restores it exactly', () => {
		const storage = memoryStorage();
		const edited = {
			...cart,
			seed: 1234,
			interventions: [{ at: 3, kind: 'drop' as const, message: 'm2' }]
		};
		expect(saveSandbox(edited, storage)).toBe(true);
		expect(loadSandbox(storage)).toEqual({ kind: 'ok', scenario: edited });
	});

	it.each([
		['not JSON', '{"format":'],
		['a wrong format', '{"format":"eventscope/9"}'],
		['an invalid field', '{"format":"eventscope/1","ticks":-4}']
	])('given %s, reports it as corrupt instead of failing', (_name, text) => {
		const restored = loadSandbox(memoryStorage({ [sandboxStorageKey]: text }));
		expect(restored.kind).toBe('corrupt');
	});

	it('given a storage that throws, saves and restores nothing', () => {
		const broken: KeyValueStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(saveSandbox(cart, broken)).toBe(false);
		expect(loadSandbox(broken)).toEqual({ kind: 'none' });
		expect(() => clearSandbox(broken)).not.toThrow();
		expect(saveSandbox(cart, null)).toBe(false);
	});

	it('clears what was saved', () => {
		const storage = memoryStorage();
		saveSandbox(cart, storage);
		clearSandbox(storage);
		expect(storage.data.size).toBe(0);
	});
});

describe('a saved sandbox the engine fails on', () => {
	it('is set aside under its own key, kept for export, and no longer restored', () => {
		const storage = memoryStorage();
		saveSandbox(cart, storage);
		const text = storage.data.get(sandboxStorageKey);
		expect(setAsideSandbox(storage)).toBe(true);
		expect(storage.data.get(setAsideStorageKey)).toBe(text);
		expect(loadSandbox(storage)).toEqual({ kind: 'none' });
	});
});
