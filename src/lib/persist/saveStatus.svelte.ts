/**
 * Whether the last write to this browser's storage failed (storage full or blocked), for the
 * layout's "not saved" notice. Fed by storage.ts; cleared when the user dismisses the notice or
 * a later write of the same key succeeds.
 */
import { onWriteFailed, type StorageKey } from './storage';

class SaveStatus {
	/** The key whose write failed last, or null. */
	failed = $state<StorageKey | null>(null);

	dismiss(): void {
		this.failed = null;
	}
}

export const saveStatus = new SaveStatus();
onWriteFailed((key) => (saveStatus.failed = key));
