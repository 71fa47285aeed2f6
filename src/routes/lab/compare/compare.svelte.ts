/**
 * The comparison lab's reactive state: a preset, a seed, and ONE cursor shared by every variant.
 * Each variant's run is a pure function of its scenario (`simulate`), the world on screen a pure
 * function of (run, tick) (`worldAt`); playing only moves the cursor.
 */
import {
	type ComparePreset,
	comparePresets,
	type Divergence,
	divergenceAt,
	presetById,
	type Run,
	simulate,
	variantScenario,
	type VariantSpec,
	worldAt,
	type WorldState
} from '$lib/engine';
import { Playhead } from '$lib/playback/playhead.svelte';

export interface VariantFrame {
	spec: VariantSpec;
	run: Run;
	world: WorldState;
	divergence: Divergence;
}

/** The variants share one cursor (a Playhead): the same tick, side by side. */
export class Comparison extends Playhead {
	presetId = $state(comparePresets[0].id);
	seed = $state(comparePresets[0].base.seed ?? 1);

	readonly preset: ComparePreset = $derived(presetById(this.presetId) ?? comparePresets[0]);
	readonly runs: readonly { spec: VariantSpec; run: Run }[] = $derived(
		this.preset.variants.map((spec) => ({
			spec,
			run: simulate({ ...variantScenario(this.preset, spec), seed: this.seed })
		}))
	);
	get lastTick(): number {
		return this.runs[0].run.scenario.ticks;
	}
	readonly frames: readonly VariantFrame[] = $derived(
		this.runs.map(({ spec, run }) => {
			const world = worldAt(run, this.tick);
			return { spec, run, world, divergence: divergenceAt(run, world, 'view') };
		})
	);

	constructor() {
		super(8);
	}

	/** Opens a preset at its last tick, where the outcome is settled. */
	choose(presetId: string, seed?: number, tick?: number): void {
		const preset = presetById(presetId) ?? comparePresets[0];
		this.playing = false;
		this.presetId = preset.id;
		this.seed = seed ?? preset.base.seed ?? 1;
		this.time = tick ?? preset.base.ticks ?? 0;
	}
}
