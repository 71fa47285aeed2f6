/**
 * Code a page loads when it is first needed rather than up front: a tab that is not open, the
 * settings form, a dialog. `lazy(() => import('./X.svelte'))` at module level gives a handle that
 * `<Lazy of={handle} …props />` renders once loaded; after the first load it renders at once
 * (no flash when a tab is opened again). Nothing renders while prerendering, so a lazy part must
 * not be on screen at first paint.
 */

export class LazyModule<T> {
	/** The module, once loaded. */
	current = $state.raw<T | undefined>();
	/** Set when loading failed (offline, a deploy replaced the file): shown, never silent. */
	failed = $state.raw<unknown>(undefined);
	#loading: Promise<T> | undefined;
	readonly #importer: () => Promise<T>;

	constructor(importer: () => Promise<T>) {
		this.#importer = importer;
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

/** A module loaded on demand. */
export function lazy<T>(importer: () => Promise<T>): LazyModule<T> {
	return new LazyModule(importer);
}
