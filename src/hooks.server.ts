// A Korean page is Korean from its first byte: <html lang="ko"> in the prerendered file, so
// screen readers, fonts and line breaking are right before any script runs.
import type { Handle } from '@sveltejs/kit';
import { langOfPath } from '$lib/i18n/paths';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			langOfPath(event.url.pathname) === 'ko'
				? html.replace('<html lang="en">', '<html lang="ko">')
				: html
	});
