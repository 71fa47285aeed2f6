/**
 * Chromium keeps some words it shaped while their Hangul slice was still on its way as empty boxes,
 * even after the slice has loaded: on /ko/sim, on a machine without a Korean font, "홈", "재생" and
 * the panel tabs stayed boxes after `document.fonts.ready` while the same words at another size
 * drew. Its shaping caches are keyed by the font description, which includes word-spacing, so
 * app.css gives every element a word-spacing of `--font-epoch` × 0.001px and this bumps the epoch
 * each time a batch of font loads is done: every element gets a new description and is shaped again
 * with the slices now loaded. 0.001px per space is below anything a screen draws. The slices the
 * prerendered page needs have often loaded before this runs (no event then), so it also bumps
 * once the fonts it finds loading are ready.
 */
export function reshapeOnFontLoad(doc: Document): () => void {
	let epoch = 0;
	const bump = () => {
		epoch = (epoch % 1000) + 1;
		doc.documentElement.style.setProperty('--font-epoch', String(epoch));
	};
	doc.fonts.addEventListener('loadingdone', bump);
	void doc.fonts.ready.then(bump);
	return () => doc.fonts.removeEventListener('loadingdone', bump);
}
