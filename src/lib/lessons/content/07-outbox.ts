/** Lesson 7: the outbox; one write, a relay from a checkpoint, at-least-once. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const outbox: LessonInput = {
	...listedAs('outbox'),
	scenario: {
		format: 'eventscope/2',
		title: 'Outbox: the relay follows the log',
		seed: 7,
		ticks: 64,
		domain: 'counter',
		options: { publish: 'outbox', publishCrash: 0.15, relayRestartTicks: 4 },
		consumers: [{ id: 'view', readModel: 'counter-values', idempotency: 'dedupe-id' }],
		commands: [
			{ at: 2, every: 2, repeat: 28, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'With an outbox the handler only appends: one write. A relay follows the store’s log from its own checkpoint and publishes what it finds.',
				ko: '아웃박스를 쓰면 핸들러는 추가만 합니다. 쓰기는 한 번뿐입니다. 릴레이가 자기 체크포인트부터 저장소의 로그를 따라가며 찾은 것을 발행합니다.'
			}
		},
		{ waitFor: { trace: 'Published', where: { by: 'relay' } } },
		{ inject: { crash: 'relay', duration: 8 } },
		{ waitFor: { trace: 'RelayCrashed' } },
		{ highlight: { nodes: ['relay'] } },
		{
			say: {
				en: 'The lesson crashes the relay. Commands keep coming and events keep being stored; for now nobody publishes them.',
				ko: '레슨이 릴레이에 크래시를 일으켰습니다. 커맨드는 계속 들어오고 이벤트도 계속 저장되지만, 당분간 아무도 발행하지 않습니다.'
			}
		},
		{
			ask: {
				en: 'When the relay restarts, what happens to the events stored while it was down?',
				ko: '릴레이가 재시작하면, 크래시로 멈춰 있는 동안 저장된 이벤트는 어떻게 될까요?'
			},
			choices: [
				{
					text: { en: 'It publishes them from its checkpoint', ko: '체크포인트부터 발행한다' },
					correct: { trace: 'Published', where: { by: 'relay' } }
				},
				{
					text: { en: 'They are lost, as with the dual write', ko: '이중 쓰기처럼 잃어버린다' },
					correct: { trace: 'PublishLost', since: 'start' }
				}
			],
			revealWhen: { trace: 'RelayRestarted' },
			explain: {
				en: 'The store is the outbox: the events wait there until the relay reads them. Crashing the relay only delays them.',
				ko: '저장소 자체가 아웃박스입니다. 릴레이가 읽어 갈 때까지 이벤트는 거기서 기다립니다. 릴레이가 크래시해도 늦어질 뿐입니다.'
			}
		},
		{ waitFor: { trace: 'Published', where: { again: true } } },
		{
			say: {
				en: 'This relay also crashed by itself after publishing and before saving its checkpoint. Restarted, it published those events AGAIN.',
				ko: '이번에는 릴레이가 발행한 직후, 체크포인트를 저장하기 전에 크래시했습니다. 재시작한 뒤 그 이벤트를 한 번 더 발행했습니다.'
			}
		},
		{ waitFor: { trace: 'EventSkipped' } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'The read model recognised the event id and skipped the copy. An outbox gives at-least-once, never exactly-once: consumers must be idempotent. That is the next lesson.',
				ko: 'read 모델은 이벤트 id를 알아보고 사본을 건너뛰었습니다. 아웃박스는 "정확히 1번"이 아니라 "적어도 1번 전달"을 줍니다. 그래서 컨슈머는 멱등해야 합니다. 다음 레슨의 주제입니다.'
			}
		}
	]
};
