/** How the Lineage panel words and marks each step: translated text, a glyph, a colour role. */
import { t } from '$lib/i18n/locale.svelte';
import type { LineageStep } from '$lib/engine';

export function stepText(s: LineageStep): string {
	switch (s.kind) {
		case 'received':
			return t('panels.step.received', {
				command: s.command,
				commandType: s.commandType,
				stream: s.stream
			});
		case 'loaded': {
			const params = {
				handler: s.handler,
				stream: s.stream,
				version: s.version,
				replayed: s.eventsReplayed
			};
			return s.snapshotVersion === null
				? t('panels.step.loaded', params)
				: t('panels.step.loadedSnapshot', { ...params, snapshot: s.snapshotVersion });
		}
		case 'conflict':
			return t('panels.step.conflict', {
				handler: s.handler,
				expected: s.expected,
				actual: s.actual
			});
		case 'appended':
			return t('panels.step.appended', {
				stream: s.stream,
				version: s.version,
				position: s.position
			});
		case 'accepted':
			return t('panels.step.accepted', { command: s.command });
		case 'published':
			return t(s.again ? 'panels.step.published.again' : `panels.step.published.${s.by}`);
		case 'publishLost':
			return t('panels.step.publishLost');
		case 'sent':
			return t('panels.step.sent', {
				message: s.message,
				consumer: s.consumer,
				cause: t(`panels.cause.${s.cause}`),
				arriveAt: s.arriveAt
			});
		case 'delayed':
			return t('panels.step.delayed', { message: s.message, arriveAt: s.arriveAt });
		case 'delivered':
			return t('panels.step.delivered', { message: s.message, consumer: s.consumer });
		case 'lost':
			return t('panels.step.lost', {
				message: s.message,
				consumer: s.consumer,
				reason: t(`panels.loss.${s.reason}`)
			});
		case 'applied': {
			const rows = s.rows.length ? s.rows.join(', ') : t('panels.step.noRows');
			return t(s.message === null ? 'panels.step.appliedFromStore' : 'panels.step.applied', {
				consumer: s.consumer,
				rows
			});
		}
		case 'skipped':
			return t('panels.step.skipped', {
				consumer: s.consumer,
				reason: t(`panels.skip.${s.reason}`)
			});
		case 'held':
			return t('panels.step.held', { consumer: s.consumer, waitingFor: s.waitingFor });
		case 'ackSent':
			return t('panels.step.ackSent', { message: s.message, consumer: s.consumer });
		case 'acked':
			return t('panels.step.acked', { message: s.message, delivery: s.delivery });
		default: {
			const _exhaustive: never = s;
			return String(_exhaustive);
		}
	}
}

const glyphs: Record<LineageStep['kind'], string> = {
	received: 'C',
	loaded: 'L',
	conflict: '!',
	appended: '+',
	accepted: '✓',
	published: '↗',
	publishLost: '✕',
	sent: '→',
	delayed: '~',
	delivered: '↓',
	lost: '✕',
	applied: '✓',
	skipped: '↷',
	held: '‖',
	ackSent: '↩',
	acked: '✓'
};

export const glyph = (s: LineageStep): string =>
	s.kind === 'sent' && s.cause === 'duplicate' ? '⇉' : glyphs[s.kind];

/** The colour role of a step (a CSS class); the glyph carries the same meaning in shape. */
export function tone(s: LineageStep): string {
	switch (s.kind) {
		case 'lost':
		case 'publishLost':
			return 't-bad';
		case 'conflict':
			return 't-conflict';
		case 'applied':
		case 'delivered':
			return 't-ok';
		case 'acked':
		case 'ackSent':
			return 't-ack';
		case 'skipped':
		case 'held':
			return 't-skip';
		case 'sent':
			return s.cause === 'duplicate' ? 't-dup' : s.cause === 'redelivery' ? 't-redo' : '';
		default:
			return 't-write';
	}
}
