/**
 * The comparison lab's share link, through the sandbox's codec: the preset is the link's base
 * (`compare:<preset>`), so the link holds only the tick and, if changed, the seed.
 */
import { comparePresets, presetById, variantScenario } from '$lib/engine/analysis/labsCompare';
import type { Scenario } from '$lib/engine/scenario/types';
import { decodeShare, encodeShare, type ShareError } from '$lib/share/codec';

const refPrefix = 'compare:';

export interface CompareLink {
	preset: string;
	seed: number;
	tick: number;
}

/** The scenario a link of this preset is diffed against: its first variant, default seed. */
function presetBase(presetId: string): Scenario | undefined {
	const preset = presetById(presetId);
	return preset && variantScenario(preset, preset.variants[0]);
}

export function encodeCompareLink(link: CompareLink): string {
	const base = presetBase(link.preset) ?? presetBase(comparePresets[0].id)!;
	const scenario = { ...base, seed: link.seed };
	const encoded = encodeShare(
		{ scenario, tick: link.tick },
		{ ref: refPrefix + link.preset, scenario: base }
	);
	if (!encoded.ok) throw new Error(encoded.error.message);
	return encoded.fragment;
}

export function decodeCompareLink(
	fragment: string
): { ok: true; link: CompareLink } | { ok: false; error: ShareError } {
	const decoded = decodeShare(fragment, {
		resolveBase: (ref) =>
			ref.startsWith(refPrefix) ? presetBase(ref.slice(refPrefix.length)) : undefined
	});
	if (!decoded.ok) return decoded;
	const { base, scenario, tick } = decoded.state;
	if (!base?.startsWith(refPrefix) || !presetById(base.slice(refPrefix.length)))
		return { ok: false, error: { kind: 'invalid-scenario', message: 'not a comparison link' } };
	return { ok: true, link: { preset: base.slice(refPrefix.length), seed: scenario.seed, tick } };
}
