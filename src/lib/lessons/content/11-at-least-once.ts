/** Lesson 11: at-least-once; a crash before the ack redelivers; idempotency decides the effect. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const atLeastOnce: LessonInput = {
	...listedAs('at-least-once'),
	scenario: {
		format: 'eventscope/2',
		title: 'At-least-once delivery and a crash before the ack',
		seed: 11,
		ticks: 30,
		domain: 'counter',
		options: { broker: 'queue', delivery: 'at-least-once', ackTimeout: 5 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 2, every: 4, repeat: 4, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'At-least-once: the broker, a queue here (like SQS or RabbitMQ), keeps each event until the consumer acks it, and sends it again after a timeout. A consumer acks one tick after it applies.',
				ko: '적어도 1번 전달: 여기서는 큐(SQS나 RabbitMQ처럼)인 브로커가 컨슈머가 ack를 보낼 때까지 이벤트를 붙들고 있다가, 시간이 지나면 다시 보냅니다. 컨슈머는 적용하고 한 틱 뒤에 ack를 보냅니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'naive', position: 2 } } },
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'deduped', position: 2 } } },
		{ inject: { crash: 'naive', duration: 3 } },
		{ inject: { crash: 'deduped', duration: 3 } },
		{ highlight: { events: [2], nodes: ['naive', 'deduped'] } },
		{
			say: {
				en: 'Both consumers have applied event #2. The lesson crashes them before they can ack it.',
				ko: '두 컨슈머 모두 이벤트 #2를 적용했습니다. 레슨이 ack를 보내기 전에 둘에 크래시를 일으킵니다.'
			}
		},
		// Asked with both consumers down on screen (the crash is the moment the question is about).
		{ waitFor: { trace: 'NodeCrashed', where: { target: 'deduped' } } },
		{
			ask: {
				en: 'The broker never got an ack for event #2. What will it do?',
				ko: '브로커는 이벤트 #2의 ack를 받지 못했습니다. 어떻게 할까요?'
			},
			choices: [
				{
					text: { en: 'Send it again after the timeout', ko: '시간이 지나면 다시 보낸다' },
					correct: { trace: 'MessageSent', where: { cause: 'redelivery', position: 2 } }
				},
				{
					text: { en: 'Nothing: the event was applied', ko: '아무것도 안 한다: 이미 적용됐다' },
					correct: { not: { trace: 'MessageSent', where: { cause: 'redelivery' } } }
				}
			],
			revealWhen: { trace: 'MessageSent', where: { cause: 'redelivery' } },
			explain: {
				en: 'The broker cannot tell "applied, ack lost" from "never arrived". To be sure nothing is lost, it sends again.',
				ko: '브로커는 "적용했지만 ack를 잃음"과 "도착하지 않음"을 구별할 수 없습니다. 잃어버리지 않으려면 다시 보낼 수밖에 없습니다.'
			}
		},
		{
			waitFor: {
				all: [
					{ trace: 'EventApplied', where: { consumer: 'naive', position: 2 } },
					{ trace: 'EventSkipped', where: { consumer: 'deduped', position: 2 } }
				]
			}
		},
		{
			highlight: {
				rows: [
					{ consumer: 'naive', key: 'counter-1' },
					{ consumer: 'deduped', key: 'counter-1' }
				]
			}
		},
		{
			say: {
				en: '"naive" applied event #2 a second time: its count is one too high. "deduped" skipped it. At-least-once delivery plus idempotent handling gives exactly-once EFFECTS. Exactly-once delivery is a hard problem that no broker solves for a read model in another database.',
				ko: '"naive"는 이벤트 #2를 한 번 더 적용해서 값이 1 많아졌습니다. "deduped"는 건너뛰었습니다. 적어도 1번 전달 + 멱등한 처리 = 효과는 정확히 1번. 정확히 1번 전달은 다른 데이터베이스에 있는 read 모델을 위해 브로커가 풀어 주지 못하는, 해결하기 힘든 문제입니다.'
			}
		}
	]
};
