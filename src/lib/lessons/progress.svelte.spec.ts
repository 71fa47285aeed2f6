import { describe, expect, it } from 'vitest';
import { storageKeys, type KeyValueStorage } from '$lib/persist/storage';
import { LessonProgress, parseDone } from './progress.svelte';

function memory(
	initial: Record<string, string> = {}
): KeyValueStorage & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key)
	};
}

describe('lessons played to the end, kept in this browser', () => {
	it('given nothing stored, when loaded, then no lesson is done', () => {
		const progress = new LessonProgress(() => memory());
		progress.load();
		expect(progress.count).toBe(0);
		expect(progress.isDone('replay')).toBe(false);
	});

	it('given a lesson marked done, when another page loads the record, then it is done there too', () => {
		const storage = memory();
		new LessonProgress(() => storage).markDone('replay');
		const later = new LessonProgress(() => storage);
		later.load();
		expect(later.isDone('replay')).toBe(true);
		expect(later.count).toBe(1);
	});

	it('marking the same lesson twice counts it once', () => {
		const storage = memory();
		const progress = new LessonProgress(() => storage);
		progress.markDone('replay');
		progress.markDone('replay');
		expect(progress.count).toBe(1);
		expect(JSON.parse(storage.data.get(storageKeys.lessonsDone)!)).toEqual(['replay']);
	});

	it('when cleared, then nothing is done and nothing is stored', () => {
		const storage = memory();
		const progress = new LessonProgress(() => storage);
		progress.markDone('replay');
		progress.markDone('duplicates');
		progress.clear();
		expect(progress.count).toBe(0);
		expect(storage.data.has(storageKeys.lessonsDone)).toBe(false);
	});

	it('given storage that is blocked, marking a lesson still marks it for this page', () => {
		const progress = new LessonProgress(() => null);
		progress.markDone('replay');
		expect(progress.isDone('replay')).toBe(true);
	});

	it.each([
		['not JSON', '{oops'],
		['not a list', '{"replay":true}'],
		['a list of numbers', '[1,2]'],
		['an empty slug', '[""]']
	])('a stored record that is %s counts as nothing done', (_, text) => {
		expect(parseDone(text)).toEqual([]);
		const progress = new LessonProgress(() => memory({ [storageKeys.lessonsDone]: text }));
		progress.load();
		expect(progress.count).toBe(0);
	});
});
