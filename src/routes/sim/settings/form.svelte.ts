/**
 * The settings form's state: edits are applied to the scenario AT ONCE when they validate, and
 * kept as typed (with the engine's errors beside the field) when they do not, so an edit is never
 * silently dropped. An edit is an immer recipe on the scenario; the result goes through
 * `parseScenario`, the same gate as files and links, so the form cannot produce a scenario the
 * engine would refuse.
 */
import { produce, type Draft } from 'immer';
import { parseScenario, type Scenario, type ScenarioError } from '$lib/engine';
import { t } from '$lib/i18n/locale.svelte';
import type { Simulation } from '$lib/playback/simulation.svelte';

export type Recipe = (draft: Draft<Scenario>) => unknown;

/** Runs a recipe for its mutations only: `(d, v) => (d.seed = v)` returns v, which immer refuses. */
const next = (scenario: Scenario, recipe: Recipe) =>
	produce(scenario, (draft) => {
		recipe(draft);
	});

export class SettingsForm {
	readonly sim: Simulation;
	/** Raw input of fields whose value is not applied (field key → text as typed). */
	pending = $state<Record<string, string>>({});
	/** Why a field's input is not applied (field key → errors, each with its path). */
	errors = $state<Record<string, ScenarioError[]>>({});
	/** The text last typed into each applied field ("1.50" stays "1.50", not "1.5"). */
	typed = $state<Record<string, string>>({});
	/** A short, polite status line ("Opened: …", "Removed …"). */
	status = $state('');
	/** Which groups are open (kept here so they survive the side column switching views). */
	// Every key is present: `bind:open` refuses undefined for a prop with a fallback.
	open = $state({
		run: true,
		commands: false,
		publish: false,
		network: false,
		read: false,
		json: false
	});
	/** The scenario JSON being edited (null: the editor mirrors the scenario on screen). */
	jsonDraft = $state<string | null>(null);
	/** The scenario the JSON draft was started from, to notice the run changing underneath. */
	jsonBase = $state.raw<Scenario | null>(null);
	/** The recipes of held fields, retried after every applied edit (delay min waits for max). */
	// Not reactive on purpose: recipes are never rendered, only retried.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#held = new Map<string, Recipe>();

	constructor(sim: Simulation) {
		this.sim = sim;
	}

	/** What a field shows: the text the user typed if it is not applied, else the scenario's value. */
	shown(key: string, value: unknown): string {
		const typed = this.typed[key];
		if (typed !== undefined && typed.trim() !== '' && Number(typed) === value) return typed;
		return this.pending[key] ?? String(value);
	}

	/** Tries `recipe` on the scenario; applies it if the result is valid, else keeps `raw`. */
	edit(key: string, raw: string, recipe: Recipe): boolean {
		this.typed = { ...this.typed, [key]: raw };
		const parsed = parseScenario(next(this.sim.scenario, recipe));
		if (!parsed.ok) {
			this.#hold(key, raw, parsed.errors, recipe);
			return false;
		}
		this.#release(key);
		this.sim.setScenario(parsed.scenario);
		this.#retryHeld();
		return true;
	}

	/** A held field may have become valid because of this edit (min ≤ max): apply it now. */
	#retryHeld() {
		for (const [key, recipe] of this.#held) {
			const parsed = parseScenario(next(this.sim.scenario, recipe));
			if (!parsed.ok) continue;
			this.#release(key);
			this.sim.setScenario(parsed.scenario);
		}
	}

	/** A numeric field: text that is not a number is held with an error, never turned into 0. */
	editNumber(key: string, raw: string, set: (draft: Draft<Scenario>, value: number) => unknown) {
		const value = raw.trim() === '' ? NaN : Number(raw);
		if (!Number.isFinite(value)) {
			this.#hold(key, raw, [{ path: key, message: t('settings.error.number') }]);
			return false;
		}
		return this.edit(key, raw, (draft) => set(draft, value));
	}

	/** Replaces the whole scenario (an example, an import, the JSON editor): held input is void. */
	load(scenario: Scenario, options: { rewind?: boolean; status?: string } = {}): void {
		this.pending = {};
		this.errors = {};
		this.typed = {};
		this.#held.clear();
		this.sim.setScenario(scenario);
		if (options.rewind) this.sim.seek(0);
		this.status = options.status ?? '';
	}

	/** Drops held input under a prefix (consumer rows shift when one is added or removed). */
	forget(prefix: string): void {
		const keep = <T>(record: Record<string, T>) =>
			Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith(prefix)));
		this.pending = keep(this.pending);
		this.errors = keep(this.errors);
		for (const key of [...this.#held.keys()]) if (key.startsWith(prefix)) this.#held.delete(key);
	}

	#hold(key: string, raw: string, errors: ScenarioError[], recipe?: Recipe) {
		if (recipe) this.#held.set(key, recipe);
		else this.#held.delete(key);
		this.pending = { ...this.pending, [key]: raw };
		this.errors = { ...this.errors, [key]: errors };
	}

	#release(key: string) {
		this.#held.delete(key);
		if (!(key in this.pending) && !(key in this.errors)) return;
		const { [key]: _p, ...pending } = this.pending;
		const { [key]: _e, ...errors } = this.errors;
		this.pending = pending;
		this.errors = errors;
	}
}

const forms = new WeakMap<Simulation, SettingsForm>();

/**
 * The form of a page's simulation, created once: the side column unmounts the settings while the
 * panels are shown, and held input, open groups and a JSON draft must survive that.
 */
export function settingsFormFor(sim: Simulation): SettingsForm {
	let form = forms.get(sim);
	if (form === undefined) forms.set(sim, (form = new SettingsForm(sim)));
	return form;
}

/** A fresh seed (UI only: the engine never draws randomness from outside its seed). */
export function freshSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0];
}
