/** Number formats for the labs, in the page's language: counts, durations, bytes. */

export const formatCount = (v: number, lang = 'en'): string =>
	new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(v);

/** Milliseconds as ns, µs or ms with three significant digits. */
export function formatDuration(ms: number, lang = 'en'): string {
	const f = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
	if (!Number.isFinite(ms)) return '—';
	if (ms < 0.001) return `${f.format(ms * 1e6)} ns`;
	if (ms < 1) return `${f.format(ms * 1e3)} µs`;
	return `${f.format(ms)} ms`;
}

/** Bytes in SI units (kB = 1,000 bytes), three significant digits. */
export function formatBytes(bytes: number, lang = 'en'): string {
	const f = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
	if (bytes < 1e3) return `${f.format(bytes)} B`;
	if (bytes < 1e6) return `${f.format(bytes / 1e3)} kB`;
	if (bytes < 1e9) return `${f.format(bytes / 1e6)} MB`;
	return `${f.format(bytes / 1e9)} GB`;
}
