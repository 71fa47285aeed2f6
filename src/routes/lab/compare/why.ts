/** The sentence under each variant: why its read model diverged, or that it has not. */
import type { Divergence } from '$lib/engine';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function whySentence(d: Divergence, t: Translate): string {
	if (d.converged) return t('labs.cmp.why.converged');
	const first = d.reasons[0];
	if (!first) return t('labs.cmp.why.behind', { behind: d.behind });
	const key = first.kind === 'applied-twice' && first.times === 2 ? 'applied-twice-2' : first.kind;
	const sentence = t(`labs.cmp.why.${key}`, { ...first });
	const more = d.reasons.filter((r) => r.kind === first.kind).length - 1;
	return more > 0 ? `${sentence} ${t('labs.cmp.why.more', { count: more })}` : sentence;
}
