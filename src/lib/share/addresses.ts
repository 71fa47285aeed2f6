/** The addresses a share link is offered as: the link itself, and an iframe to embed it. */

/** The address of a share link: this page without query or fragment, plus `?embed=1` if asked. */
export function shareUrl(pageHref: string, fragment: string, embed = false): string {
	const url = new URL(pageHref);
	url.search = embed ? '?embed=1' : '';
	url.hash = fragment;
	return url.href;
}

/** The HTML an author pastes into slides or a course page. */
export function embedCode(url: string, title: string): string {
	const escape = (text: string) =>
		text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
	return `<iframe src="${escape(url)}" title="${escape(title)}" width="960" height="600" style="border:0" loading="lazy"></iframe>`;
}
