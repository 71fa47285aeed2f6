/**
 * The comparison lab's share link, through the sandbox's codec: the scenario is the preset's
 * first variant with the chosen seed, and the preset itself rides along as the link's one
 * "panel" (`compare:<preset>`), so the link says what is on screen and at which tick.
 */
import { comparePresets, presetById, variantScenario } from '$lib/engine';
import { decodeShare, encodeShare, type ShareError } from '$lib/share/codec';

const panelPrefix = 'compare:';

export interface CompareLink {
	preset: string;
	seed: number;
	tick: number;
}

export function encodeCompareLink(link: CompareLink): string {
	const preset = presetById(link.preset) ?? comparePresets[0];
	const scenario = { ...variantScenario(preset, preset.variants[0]), seed: link.seed };
	const encoded = encodeShare({ scenario, tick: link.tick, panels: [panelPrefix + preset.id] });
	if (!encoded.ok) throw new Error(encoded.error.message);
	return encoded.fragment;
}

export function decodeCompareLink(
	fragment: string
): { ok: true; link: CompareLink } | { ok: false; error: ShareError } {
	const decoded = decodeShare(fragment);
	if (!decoded.ok) return decoded;
	const { panels = [], scenario, tick } = decoded.state;
	const preset = panels
		.filter((p) => p.startsWith(panelPrefix))
		.map((p) => presetById(p.slice(panelPrefix.length)))
		.find((p) => p !== undefined);
	if (!preset)
		return { ok: false, error: { kind: 'invalid-scenario', message: 'not a comparison link' } };
	return { ok: true, link: { preset: preset.id, seed: scenario.seed, tick } };
}
