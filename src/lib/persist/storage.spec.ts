import { describe, expect, it } from 'vitest';
import {
	onWriteFailed,
	readKey,
	removeKey,
	storageKeys,
	writeKey,
	type KeyValueStorage
} from './storage';

const throwing = (name: string): KeyValueStorage => ({
	getItem: () => {
		throw new DOMException('blocked', name);
	},
	setItem: () => {
		throw new DOMException('full', name);
	},
	removeItem: () => {
		throw new DOMException('blocked', name);
	}
});

describe('the guarded storage every key goes through', () => {
	it.each([
		['blocked (SecurityError)', throwing('SecurityError')],
		['full (QuotaExceededError)', throwing('QuotaExceededError')],
		['absent', null]
	])('given storage that is %s, never throws and reports the failed write', (_name, storage) => {
		const failed: string[] = [];
		const stop = onWriteFailed((key) => failed.push(key));
		expect(readKey(storageKeys.theme, storage)).toBeNull();
		expect(writeKey(storageKeys.theme, 'dark', storage)).toBe(false);
		expect(removeKey(storageKeys.theme, storage)).toBe(false);
		stop();
		writeKey(storageKeys.lang, 'ko', storage);
		expect(failed).toEqual([storageKeys.theme]);
	});

	it('given working storage, reads back what it wrote and reports nothing', () => {
		const data = new Map<string, string>();
		const storage: KeyValueStorage = {
			getItem: (k) => data.get(k) ?? null,
			setItem: (k, v) => void data.set(k, v),
			removeItem: (k) => void data.delete(k)
		};
		const failed: string[] = [];
		const stop = onWriteFailed((key) => failed.push(key));
		expect(writeKey(storageKeys.presenter, '1', storage)).toBe(true);
		expect(readKey(storageKeys.presenter, storage)).toBe('1');
		expect(removeKey(storageKeys.presenter, storage)).toBe(true);
		expect(readKey(storageKeys.presenter, storage)).toBeNull();
		stop();
		expect(failed).toEqual([]);
	});
});
