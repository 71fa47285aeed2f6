/**
 * A share link opened in /sim (a new tab, or pasted into the address bar of an open one) shows
 * the link's run, and never replaces the sandbox saved in this browser without being asked:
 * while a shared run is on screen, the user's own sandbox is set aside here (`own`), nothing is
 * saved over it, and it stays one click away (`back`); `keep` makes the shared run theirs.
 * A link to the very scenario that is saved (a reload of one's own sandbox) is no shared run.
 */
import type { Scenario } from '$lib/engine';
import { browserStorage, loadSandbox, saveSandbox, type Restored } from '$lib/persist/sandbox';
import type { KeyValueStorage } from '$lib/persist/storage';

/** The slice of the Simulation this needs (specs pass a stand-in). */
export interface Screen {
	readonly scenario: Scenario;
	setScenario(scenario: Scenario): void;
	seek(tick: number): void;
}

const same = (a: Scenario, b: Scenario) => a === b || JSON.stringify(a) === JSON.stringify(b);

export class SharedRun {
	/** The user's own saved sandbox while a shared run is on screen, else null. */
	own = $state.raw<Scenario | null>(null);
	readonly #screen: Screen;
	readonly #storage: () => KeyValueStorage | null;

	constructor(screen: Screen, storage: () => KeyValueStorage | null = browserStorage) {
		this.#screen = screen;
		this.#storage = storage;
	}

	get viewing(): boolean {
		return this.own !== null;
	}

	/** A link's scenario is going on screen: sets the saved sandbox aside if it is another one. */
	opened(link: Scenario): void {
		const saved = loadSandbox(this.#storage());
		this.own = saved.kind === 'ok' && !same(saved.scenario, link) ? saved.scenario : null;
	}

	/** Another tab saved a sandbox while a shared run is on screen: that is the user's own now. */
	savedElsewhere(restored: Restored): void {
		if (this.own !== null && restored.kind === 'ok') this.own = restored.scenario;
	}

	/** Back to the user's own sandbox, from its start; the shared run is left as it was. */
	back(): void {
		const own = this.own;
		if (own === null) return;
		this.own = null;
		this.#screen.setScenario(own);
		this.#screen.seek(0);
	}

	/** The shared run (with any change made to it) becomes the saved sandbox. */
	keep(): void {
		if (saveSandbox(this.#screen.scenario, this.#storage())) this.own = null;
	}
}
