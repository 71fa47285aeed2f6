/**
 * The sandbox survives a reload: the scenario on screen (settings, commands, interventions) is
 * kept in localStorage and read back, VALIDATED, when /sim opens without a link. What is read
 * back is untrusted (another version of the app, a hand edit, a full disk): anything that does
 * not parse is reported as `corrupt` and ignored, never a crash. Storage that is unavailable
 * (private windows, blocked cookies) means nothing is saved, and the page says so (storage.ts).
 */
import { formatScenarioErrors, parseScenarioText, type Scenario } from '$lib/engine';
import {
	browserStorage,
	readKey,
	removeKey,
	storageKeys,
	writeKey,
	type KeyValueStorage
} from './storage';

export { browserStorage, type KeyValueStorage } from './storage';
export const sandboxStorageKey = storageKeys.sandbox;
/** Where a saved sandbox the engine failed on is moved: out of the way, not lost. */
export const setAsideStorageKey = storageKeys.sandboxSetAside;

export type Restored =
	{ kind: 'none' } | { kind: 'ok'; scenario: Scenario } | { kind: 'corrupt'; message: string };

/** Reads a saved sandbox's text (this tab's or, from a storage event, another tab's). */
export function restoreText(text: string | null): Restored {
	if (text === null) return { kind: 'none' };
	const parsed = parseScenarioText(text);
	return parsed.ok
		? { kind: 'ok', scenario: parsed.scenario }
		: { kind: 'corrupt', message: formatScenarioErrors(parsed.errors, 3) };
}

export function loadSandbox(storage: KeyValueStorage | null = browserStorage()): Restored {
	return restoreText(readKey(sandboxStorageKey, storage));
}

/** Saves the scenario; false when it could not be stored (no storage, quota exceeded). */
export function saveSandbox(
	scenario: Scenario,
	storage: KeyValueStorage | null = browserStorage()
): boolean {
	return writeKey(sandboxStorageKey, JSON.stringify(scenario), storage);
}

/**
 * Moves the saved sandbox out of the way (a valid scenario the engine fails on would otherwise
 * fail every visit): it is kept under `setAsideStorageKey`, and /sim opens the default instead.
 */
export function setAsideSandbox(storage: KeyValueStorage | null = browserStorage()): boolean {
	const text = readKey(sandboxStorageKey, storage);
	if (text === null || !writeKey(setAsideStorageKey, text, storage)) return false;
	return removeKey(sandboxStorageKey, storage);
}

export function clearSandbox(storage: KeyValueStorage | null = browserStorage()): void {
	removeKey(sandboxStorageKey, storage);
}
