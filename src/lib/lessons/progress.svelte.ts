/**
 * Which lessons this browser has played to the end: a lesson counts as done when its player
 * reaches the last step. Kept in localStorage as a JSON list of slugs, read back VALIDATED (a
 * hand edit or another version of the app never breaks the index: what does not parse is
 * nothing done). Another tab's change is picked up through the `storage` event. Load it from
 * `onMount`: the prerendered page shows nothing done, then the browser's record appears.
 */
import * as z from 'zod/mini';
import {
	browserStorage,
	onOtherTabChange,
	readKey,
	removeKey,
	storageKeys,
	writeKey,
	type KeyValueStorage
} from '$lib/persist/storage';

/** Far more than there are lessons: a longer list is not ours. */
const maxSlugs = 500;
const doneSchema = z
	.array(z.string().check(z.minLength(1), z.maxLength(100)))
	.check(z.maxLength(maxSlugs));

/** The slugs in a stored text, each once; an absent or unreadable one is none. */
export function parseDone(text: string | null): readonly string[] {
	if (text === null) return [];
	try {
		const parsed = doneSchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data.filter((slug, i, all) => all.indexOf(slug) === i) : [];
	} catch {
		return [];
	}
}

export class LessonProgress {
	#done = $state.raw<readonly string[]>([]);
	#loaded = false;
	#storage: () => KeyValueStorage | null;

	constructor(storage: () => KeyValueStorage | null = browserStorage) {
		this.#storage = storage;
	}

	/** Reads this browser's record once, then follows other tabs' changes. */
	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		this.#done = parseDone(readKey(storageKeys.lessonsDone, this.#storage()));
		onOtherTabChange(storageKeys.lessonsDone, (text) => (this.#done = parseDone(text)));
	}

	get count(): number {
		return this.#done.length;
	}

	isDone(slug: string): boolean {
		return this.#done.includes(slug);
	}

	markDone(slug: string): void {
		this.load();
		if (this.#done.includes(slug)) return;
		this.#done = [...this.#done, slug];
		writeKey(storageKeys.lessonsDone, JSON.stringify(this.#done), this.#storage());
	}

	/** Forgets every lesson done, in this browser. */
	clear(): void {
		this.#done = [];
		removeKey(storageKeys.lessonsDone, this.#storage());
	}
}

export const lessonProgress = new LessonProgress();
