import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/engine';
import { loadSandbox, saveSandbox } from '$lib/persist/sandbox';
import type { KeyValueStorage } from '$lib/persist/storage';
import { exampleScenario } from '$lib/share/location';
import { SharedRun, type Screen } from './sharedRun.svelte';

function memory(): KeyValueStorage {
	const data = new Map<string, string>();
	return {
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key)
	};
}

/** The page: what is on screen, and where its cursor is. */
function screen(scenario: Scenario): Screen & { scenario: Scenario; tick: number } {
	return {
		scenario,
		tick: 12,
		setScenario(next) {
			this.scenario = next;
		},
		seek(tick) {
			this.tick = tick;
		}
	};
}

const mine = { ...exampleScenario('counter'), seed: 4242 };
const theirs = { ...exampleScenario('counter'), seed: 7 };
const saved = (storage: KeyValueStorage) => {
	const restored = loadSandbox(storage);
	return restored.kind === 'ok' ? restored.scenario.seed : null;
};

describe('a share link opened over a saved sandbox', () => {
	it('given a saved sandbox, when another scenario’s link opens, then the saved one is set aside, not replaced', () => {
		const storage = memory();
		saveSandbox(mine, storage);
		const shared = new SharedRun(screen(theirs), () => storage);
		shared.opened(theirs);
		expect(shared.viewing).toBe(true);
		expect(shared.own?.seed).toBe(4242);
		expect(saved(storage)).toBe(4242);
	});

	it('when the user goes back, then their own sandbox is on screen from tick 0, and still the saved one', () => {
		const storage = memory();
		saveSandbox(mine, storage);
		const page = screen(theirs);
		const shared = new SharedRun(page, () => storage);
		shared.opened(theirs);
		shared.back();
		expect(shared.viewing).toBe(false);
		expect(page.scenario.seed).toBe(4242);
		expect(page.tick).toBe(0);
		expect(saved(storage)).toBe(4242);
	});

	it('when the user keeps the shared run, then it (with their changes) becomes the saved sandbox', () => {
		const storage = memory();
		saveSandbox(mine, storage);
		const page = screen(theirs);
		const shared = new SharedRun(page, () => storage);
		shared.opened(theirs);
		page.setScenario({ ...theirs, ticks: theirs.ticks + 10 });
		shared.keep();
		expect(shared.viewing).toBe(false);
		expect(saved(storage)).toBe(7);
		const restored = loadSandbox(storage);
		expect(restored.kind === 'ok' && restored.scenario.ticks).toBe(theirs.ticks + 10);
	});

	it('given nothing saved, or a link to the very scenario saved, there is no shared run to announce', () => {
		const storage = memory();
		const shared = new SharedRun(screen(theirs), () => storage);
		shared.opened(theirs);
		expect(shared.viewing).toBe(false);
		saveSandbox(theirs, storage);
		shared.opened(structuredClone(theirs));
		expect(shared.viewing).toBe(false);
	});

	it('given a shared run on screen, when another tab saves a sandbox, then that is the one to go back to', () => {
		const storage = memory();
		saveSandbox(mine, storage);
		const page = screen(theirs);
		const shared = new SharedRun(page, () => storage);
		shared.opened(theirs);
		const other = { ...mine, seed: 99 };
		shared.savedElsewhere({ kind: 'ok', scenario: other });
		shared.back();
		expect(page.scenario.seed).toBe(99);
	});

	it('given storage that refuses the write, keeping the shared run leaves the user’s own set aside', () => {
		const storage = memory();
		saveSandbox(mine, storage);
		const shared = new SharedRun(screen(theirs), () => storage);
		shared.opened(theirs);
		storage.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		shared.keep();
		expect(shared.viewing).toBe(true);
	});
});
