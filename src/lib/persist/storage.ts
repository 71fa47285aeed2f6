/**
 * Every key EventScope keeps in this browser goes through here, because storage can fail: a
 * page framed by another site may have no storage at all (Chromium blocks third-party storage,
 * and merely touching `localStorage` throws), a private window or a full disk makes a write throw.
 * Reads and writes never throw; a failed write is reported to whoever listens (the layout shows
 * "not saved"), and another tab's change to a key is delivered through the `storage` event.
 */

/** The slice of the Web Storage API used here, so specs can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const storageKeys = {
	sandbox: 'eventscope.sandbox.v1',
	/** A saved sandbox the engine failed on, moved out of the way (see sandbox.ts). */
	sandboxSetAside: 'eventscope.sandbox.set-aside.v1',
	theme: 'eventscope.theme',
	lang: 'eventscope.lang',
	presenter: 'eventscope.presenter',
	/** Slugs of the lessons played to their last step (lessons/progress.svelte.ts). */
	lessonsDone: 'eventscope.lessons.done.v1'
} as const;
export type StorageKey = (typeof storageKeys)[keyof typeof storageKeys];

/** localStorage, or null where touching it throws (blocked storage) or there is none. */
export function browserStorage(): KeyValueStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

type FailureListener = (key: StorageKey) => void;
const failureListeners = new Set<FailureListener>();

/** Calls `listener` with the key of every write that fails; returns the unsubscribe. */
export function onWriteFailed(listener: FailureListener): () => void {
	failureListeners.add(listener);
	return () => failureListeners.delete(listener);
}

/** The key's value, or null when it is absent or storage cannot be read. */
export function readKey(
	key: StorageKey,
	storage: KeyValueStorage | null = browserStorage()
): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Writes the key; false (and the failure listeners told) when it could not be stored. */
export function writeKey(
	key: StorageKey,
	value: string,
	storage: KeyValueStorage | null = browserStorage()
): boolean {
	try {
		if (storage === null) throw new Error('no storage');
		storage.setItem(key, value);
		return true;
	} catch {
		for (const listener of failureListeners) listener(key);
		return false;
	}
}

/** Removes the key; false when storage refused (nothing is reported: nothing is lost). */
export function removeKey(
	key: StorageKey,
	storage: KeyValueStorage | null = browserStorage()
): boolean {
	try {
		storage?.removeItem(key);
		return storage !== null;
	} catch {
		return false;
	}
}

/**
 * Calls `callback` with the new value (null: removed) when ANOTHER tab changes `key` (the
 * browser fires `storage` only in the other tabs). Returns the unsubscribe; a no-op off the browser.
 */
export function onOtherTabChange(
	key: StorageKey,
	callback: (value: string | null) => void
): () => void {
	if (typeof window === 'undefined') return () => {};
	const listener = (event: StorageEvent) => {
		if (event.key === key || event.key === null)
			callback(event.key === null ? null : event.newValue);
	};
	window.addEventListener('storage', listener);
	return () => window.removeEventListener('storage', listener);
}
