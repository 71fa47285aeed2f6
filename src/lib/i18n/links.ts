/**
 * `resolve` as `$app/paths` has it, in the page's language: on a Korean page every link the app
 * makes stays Korean (`/ko/…`). Import it from here rather than from `$app/paths`.
 */
import { base, resolve as kitResolve } from '$app/paths';
import { locale } from './locale.svelte';
import { localizeResolved } from './paths';

export const resolve: typeof kitResolve = (...args) => {
	// A route id and its params, passed on as given: the spread's tuple type is wider than any one
	// of kitResolve's overloads.
	const resolved = (kitResolve as (...a: unknown[]) => string)(...args);
	return localizeResolved(resolved, kitResolve('/'), locale.lang) as ReturnType<typeof kitResolve>;
};

/**
 * `pathname` within the site. In the browser the site may sit in a folder of its host
 * (`paths.relative`), which SvelteKit's `base` then names; while prerendering, addresses start
 * at the site's root and `base` is relative (or empty).
 */
export function pathInSite(pathname: string): { root: string; path: string } {
	const root = base.startsWith('/') && pathname.startsWith(base) ? base : '';
	return { root, path: pathname.slice(root.length) || '/' };
}
