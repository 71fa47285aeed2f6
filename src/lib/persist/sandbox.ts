/**
 * The sandbox survives a reload: the scenario on screen (settings, commands, interventions) is
 * kept in localStorage and read back, VALIDATED, when /sim opens without a link. What is read
 * back is untrusted (another version of the app, a hand edit, a full disk): anything that does
 * not parse is reported as `corrupt` and ignored, never a crash. Storage that is unavailable
 * (private windows, blocked cookies) simply means nothing is saved.
 */
import { formatScenarioErrors, parseScenarioText } from '$lib/engine/scenario/schema';
import type { Scenario } from '$lib/engine/scenario/types';

export const sandboxStorageKey = 'eventscope.sandbox.v1';
/** Where a saved sandbox the engine failed on is moved: out of the way, not lost. */
export const setAsideStorageKey = 'eventscope.sandbox.set-aside.v1';

/** The slice of the Web Storage API used here, so specs can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Restored =
	{ kind: 'none' } | { kind: 'ok'; scenario: Scenario } | { kind: 'corrupt'; message: string };

/** localStorage, or null where touching it throws (some privacy settings) or there is none. */
export function browserStorage(): KeyValueStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function loadSandbox(storage: KeyValueStorage | null = browserStorage()): Restored {
	let text: string | null;
	try {
		text = storage?.getItem(sandboxStorageKey) ?? null;
	} catch {
		return { kind: 'none' };
	}
	if (text === null) return { kind: 'none' };
	const parsed = parseScenarioText(text);
	return parsed.ok
		? { kind: 'ok', scenario: parsed.scenario }
		: { kind: 'corrupt', message: formatScenarioErrors(parsed.errors, 3) };
}

/** Saves the scenario; false when it could not be stored (no storage, quota exceeded). */
export function saveSandbox(
	scenario: Scenario,
	storage: KeyValueStorage | null = browserStorage()
): boolean {
	try {
		if (storage === null) return false;
		storage.setItem(sandboxStorageKey, JSON.stringify(scenario));
		return true;
	} catch {
		return false;
	}
}

/**
 * Moves the saved sandbox out of the way (a valid scenario the engine fails on would otherwise
 * fail every visit): it is kept under `setAsideStorageKey`, and /sim opens the default instead.
 */
export function setAsideSandbox(storage: KeyValueStorage | null = browserStorage()): boolean {
	try {
		const text = storage?.getItem(sandboxStorageKey) ?? null;
		if (storage === null || text === null) return false;
		storage.setItem(setAsideStorageKey, text);
		storage.removeItem(sandboxStorageKey);
		return true;
	} catch {
		return false;
	}
}

export function clearSandbox(storage: KeyValueStorage | null = browserStorage()): void {
	try {
		storage?.removeItem(sandboxStorageKey);
	} catch {
		// Nothing was saved, or nothing can be: either way there is nothing to clear.
	}
}
