/**
 * Writes the page address without adding a history entry (an address that follows what is on
 * screen should not fill the back button): SvelteKit's `replaceState` once its router has started,
 * the plain History API before that (in development a page's first effects can run earlier), which
 * does the same. One helper for every page whose address follows its state.
 */
import { replaceState } from '$app/navigation';

/** `href`: the address to show (this page, only its fragment changed); `state`: SvelteKit's page state to keep. */
export function replaceAddress(href: string, state: App.PageState = {}): void {
	try {
		// The same page with another fragment: there is nothing for resolve() to add.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(href, state);
	} catch {
		history.replaceState(history.state, '', href);
	}
}
