/**
 * What /sim opens with, read from where the user came from: a share link in the fragment wins;
 * without one, the sandbox saved in this browser; without that, the counter example. A broken link
 * is an error value for the page to explain (it still opens a sandbox behind the alert), and a
 * corrupt saved sandbox a notice, never a blank page.
 */
import type { Scenario } from '$lib/engine';
import { loadSandbox, type KeyValueStorage } from '$lib/persist/sandbox';
import { decodeShare, type DecodeOptions, type ShareError } from './codec';
import { defaultSandboxScenario } from './examples';

// Light enough for a first paint (no codec): import them from './examples' and './addresses'.
export { defaultSandboxDomain, defaultSandboxScenario, exampleScenario } from './examples';
export { embedCode, shareUrl } from './addresses';

export interface Loaded {
	scenario: Scenario;
	tick: number;
	/** Panels the link asked to open ([] without a link). */
	panels: string[];
	source: 'link' | 'saved' | 'default';
	/** Set when a saved sandbox existed but could not be read (so the default was opened). */
	savedCorrupt?: boolean;
}
export type LoadResult = Loaded | { error: ShareError };

/**
 * Reads the page address (and this browser's saved sandbox). Call it in the browser only; during
 * prerendering there is no address, so use `defaultSandboxScenario()` there.
 */
export function loadFromLocation(
	location: Pick<Location, 'hash'> = window.location,
	options: DecodeOptions & { storage?: KeyValueStorage | null } = {}
): LoadResult {
	if (location.hash.length > 1) {
		const decoded = decodeShare(location.hash, options);
		if (!decoded.ok) return { error: decoded.error };
		const { scenario, tick, panels = [] } = decoded.state;
		return { scenario, tick, panels, source: 'link' };
	}
	const saved = loadSandbox(options.storage);
	if (saved.kind === 'ok')
		return { scenario: saved.scenario, tick: 0, panels: [], source: 'saved' };
	return {
		scenario: defaultSandboxScenario(),
		tick: 0,
		panels: [],
		source: 'default',
		...(saved.kind === 'corrupt' ? { savedCorrupt: true } : {})
	};
}
