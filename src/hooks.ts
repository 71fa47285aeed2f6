// Korean pages are the same routes under /ko (src/lib/i18n/paths.ts): /ko/sim is the /sim route.
import type { Reroute } from '@sveltejs/kit';
import { pathInSite } from '$lib/i18n/links';
import { langOfPath, withoutLang } from '$lib/i18n/paths';

export const reroute: Reroute = ({ url }) => {
	const { root, path } = pathInSite(url.pathname);
	if (langOfPath(path) === 'ko') return root + withoutLang(path);
};
