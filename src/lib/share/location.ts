/**
 * What /sim opens with, read from where the user came from: a share link in the fragment wins;
 * without one, the sandbox saved in this browser; without that, the counter example. A broken link
 * is an error value for the page to explain (it still opens a sandbox behind the alert), and a
 * corrupt saved sandbox a notice, never a blank page.
 */
import { domainNames, type DomainName } from '$lib/engine/domains/decider';
import { examples, type ExampleName } from '$lib/engine/scenario/examples';
import { parseScenario } from '$lib/engine/scenario/schema';
import type { Scenario } from '$lib/engine/scenario/types';
import { loadSandbox, type KeyValueStorage } from '$lib/persist/sandbox';
import { decodeShare, type DecodeOptions, type ShareError } from './codec';

/** A domain's example scenario (or the two-domain one), validated (every default filled in). */
export function exampleScenario(domain: ExampleName): Scenario {
	const parsed = parseScenario(examples[domain]);
	if (!parsed.ok) throw new Error(`the ${domain} example must be valid`);
	return parsed.scenario;
}

export const defaultSandboxDomain: DomainName = domainNames[0];

/** The scenario a fresh sandbox (no link, nothing saved) starts from. */
export function defaultSandboxScenario(): Scenario {
	return exampleScenario(defaultSandboxDomain);
}

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
