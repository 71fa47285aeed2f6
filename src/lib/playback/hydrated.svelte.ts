import { onMount } from 'svelte';

/**
 * Whether the page's script has run. A prerendered page (every page here) shows its controls
 * before it can act on them; a control disabled until then looks as inert as it is, instead of
 * silently losing a click. Call while a component initialises.
 */
export function hydrated(): { readonly current: boolean } {
	let done = $state(false);
	onMount(() => {
		done = true;
	});
	return {
		get current() {
			return done;
		}
	};
}
