/**
 * Code a page loads when it is first needed rather than up front: a tab that is not open, the
 * settings form, a dialog. `lazy(() => import('./X.svelte'))` at module level gives a handle that
 * `<Lazy of={handle} …props />` renders once loaded; after the first load it renders at once
 * (no flash when a tab is opened again). Nothing renders while prerendering, so a lazy part must
 * not be on screen at first paint.
 */
import { loadAreas } from '$lib/i18n/locale.svelte';
import type { Area } from '$lib/i18n/messages/loaders';

export class LazyModule<T> {
	/** The module, once loaded. */
	current = $state.raw<T | undefined>();
	/** Set when loading failed (offline, a deploy replaced the file): shown, never silent. */
	failed = $state.raw<unknown>(undefined);
	#loading: Promise<T> | undefined;
	readonly #importer: () => Promise<T>;

	constructor(importer: () => Promise<T>, areas: readonly Area[]) {
		this.#importer = areas.length
			? () => Promise.all([importer(), loadAreas(areas)]).then(([module]) => module)
			: importer;
	}

	/** Starts loading (once); resolves with the module. */
	load(): Promise<T> {
		this.#loading ??= this.#importer().then(
			(module) => (this.current = module),
			(error) => {
				this.failed = error;
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	}
}

/**
 * A module loaded on demand, with the areas of UI strings it shows beyond its page's
 * (src/lib/i18n/routeAreas.ts): it counts as loaded once they are here too.
 */
export function lazy<T>(importer: () => Promise<T>, areas: readonly Area[] = []): LazyModule<T> {
	return new LazyModule(importer, areas);
}
