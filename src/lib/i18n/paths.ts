/**
 * Korean pages live under `/ko/…` (English at the root), so a Korean page is prerendered in
 * Korean and is Korean before any script runs, and a link says which language it opens in.
 * The routes themselves are not duplicated: `reroute` (src/hooks.ts) maps `/ko/sim` to the
 * `/sim` route. These are the pure path rules both sides use.
 */
import type { Lang } from './locale.svelte';

const koPrefix = /^\/ko(?=\/|$|\?|#)/;

/** The language a pathname (after the site's base) is in. */
export function langOfPath(pathname: string): Lang {
	return koPrefix.test(pathname) ? 'ko' : 'en';
}

/** The pathname without its language prefix: `/ko/sim` → `/sim`, `/ko` → `/`. */
export function withoutLang(pathname: string): string {
	return pathname.replace(koPrefix, '') || '/';
}

/**
 * `path` (absolute within the site: `/sim`, `/`, `/lessons/x#y`) in `lang`:
 * `/sim` → `/ko/sim`, `/` → `/ko`, `/?embed=1` → `/ko?embed=1`.
 */
export function withLang(path: string, lang: Lang): string {
	const bare = withoutLang(path);
	if (lang === 'en') return bare;
	if (bare === '/') return '/ko';
	if (bare.startsWith('/?') || bare.startsWith('/#')) return '/ko' + bare.slice(1);
	return '/ko' + bare;
}

/**
 * A link SvelteKit resolved (`resolved`, with the base `root` = the resolution of `/`, which is
 * relative while prerendering, `../../` say) in `lang`: the base kept, the path given the prefix.
 */
export function localizeResolved(resolved: string, root: string, lang: Lang): string {
	const stem = root.endsWith('/') ? root.slice(0, -1) : root;
	if (!resolved.startsWith(stem)) return resolved;
	const path = resolved.slice(stem.length) || '/';
	return stem + withLang(path, lang);
}
