/**
 * The picture's one tooltip: which label it explains and where, shared through context by the
 * topology (which shows it, see Topology.svelte) and the labels (Term.svelte) that ask for it on
 * hover and on keyboard focus.
 */
import { getContext, setContext } from 'svelte';
import type { PictureTerm } from '$lib/viz/terms';

/** The tooltip's id: the label it explains points at it with aria-describedby. */
export const tipId = 'picture-tip';

export interface Shown {
	readonly term: PictureTerm;
	/** The label as the picture writes it ("ckpt #7"). */
	readonly text: string;
	/** Under the label, in layout px. */
	readonly x: number;
	readonly y: number;
	/** Which label asked: only it may hide the tooltip again. */
	readonly owner: symbol;
}

export class Explainer {
	shown = $state.raw<Shown | null>(null);

	show(shown: Shown) {
		this.shown = shown;
	}

	hide(owner?: symbol) {
		if (!owner || this.shown?.owner === owner) this.shown = null;
	}
}

const key = Symbol('explainer');

export function setExplainer(explainer: Explainer): Explainer {
	return setContext(key, explainer);
}

export function getExplainer(): Explainer | undefined {
	return getContext<Explainer | undefined>(key);
}
