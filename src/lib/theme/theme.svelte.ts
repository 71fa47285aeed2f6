/**
 * The colour theme, light or dark. Until the user picks one it follows the system
 * (prefers-color-scheme); a pick is remembered in localStorage. The inline script in app.html
 * sets `<html data-theme>` before the first paint, so a dark page never flashes white; this class
 * only reads that value and keeps it up to date.
 */
import { browser } from '$app/environment';
import { storageKeys, writeKey } from '$lib/persist/storage';

export type Theme = 'light' | 'dark';
const themeStorageKey = storageKeys.theme;

function initial(): Theme {
	if (!browser) return 'light';
	return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

class ThemeState {
	#current = $state<Theme>(initial());

	get current(): Theme {
		return this.#current;
	}

	set current(value: Theme) {
		this.#current = value;
		if (browser) {
			writeKey(themeStorageKey, value);
			document.documentElement.dataset.theme = value;
		}
	}

	toggle(): void {
		this.current = this.#current === 'dark' ? 'light' : 'dark';
	}
}

export const theme = new ThemeState();
