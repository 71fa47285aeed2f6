/**
 * The comparison lab's reactive state: a preset, a seed, and ONE cursor shared by every variant.
 * Each variant's run is a pure function of its scenario (`simulate`), the world on screen a pure
 * function of (run, tick) (`worldAt`); playing only moves the cursor.
 */
import { divergenceAt, type Divergence } from '$lib/engine/analysis/divergence';
import {
	comparePresets,
	presetById,
	variantScenario,
	type ComparePreset,
	type VariantSpec
} from '$lib/engine/analysis/labsCompare';
import { simulate, worldAt, type Run, type WorldState } from '$lib/engine/simulation';

export interface VariantFrame {
	spec: VariantSpec;
	run: Run;
	world: WorldState;
	divergence: Divergence;
}

export class Comparison {
	presetId = $state(comparePresets[0].id);
	seed = $state(comparePresets[0].base.seed ?? 1);
	/** The shared cursor, in ticks; fractional while playing. */
	time = $state(0);
	playing = $state(false);
	/** Ticks per second while playing. */
	speed = 8;

	readonly preset: ComparePreset = $derived(presetById(this.presetId) ?? comparePresets[0]);
	readonly runs: readonly { spec: VariantSpec; run: Run }[] = $derived(
		this.preset.variants.map((spec) => ({
			spec,
			run: simulate({ ...variantScenario(this.preset, spec), seed: this.seed })
		}))
	);
	readonly lastTick: number = $derived(this.runs[0].run.scenario.ticks);
	readonly tick: number = $derived(Math.max(0, Math.min(this.lastTick, Math.floor(this.time))));
	readonly frames: readonly VariantFrame[] = $derived(
		this.runs.map(({ spec, run }) => {
			const world = worldAt(run, this.tick);
			return { spec, run, world, divergence: divergenceAt(run, world, 'view') };
		})
	);

	/** Opens a preset at its last tick, where the outcome is settled. */
	choose(presetId: string, seed?: number, tick?: number): void {
		const preset = presetById(presetId) ?? comparePresets[0];
		this.playing = false;
		this.presetId = preset.id;
		this.seed = seed ?? preset.base.seed ?? 1;
		this.time = tick ?? preset.base.ticks ?? 0;
	}

	seek(tick: number): void {
		this.time = Math.max(0, Math.min(this.lastTick, Math.round(tick)));
	}

	stepBy(ticks: number): void {
		this.playing = false;
		this.seek(this.tick + ticks);
	}

	toggle(): void {
		if (this.playing) {
			this.playing = false;
			this.time = this.tick;
			return;
		}
		if (this.tick >= this.lastTick) this.time = 0;
		this.playing = true;
	}

	/** Advances the cursor by wall-clock milliseconds (from requestAnimationFrame). */
	advance(ms: number): void {
		if (!this.playing) return;
		const next = this.time + (ms / 1000) * this.speed;
		if (next >= this.lastTick) {
			this.time = this.lastTick;
			this.playing = false;
		} else this.time = next;
	}
}
