/**
 * A copy on the wire in words (`e12 #3 → view#2, arrives at 40`): the name of its button and the
 * poke menu's detail, built in one place so the two always say the same.
 */
import { formatTarget, instanceParts, type Copy } from '$lib/engine';
import { t } from '$lib/i18n/locale.svelte';
import { copyMark } from '$lib/viz/marks';

export const copyLabel = (copy: Copy): string =>
	t(`sim.copy.${copyMark(copy)}Label`, {
		id: copy.id,
		p: copy.position,
		target: formatTarget(instanceParts(copy.consumer, copy.instance)),
		at: copy.arriveAt
	});
