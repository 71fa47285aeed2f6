/** Lesson 10: at-most-once delivery and a consumer crash: events lost for good. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const atMostOnce: LessonInput = {
	...listedAs('at-most-once'),
	scenario: {
		format: 'eventscope/2',
		title: 'At-most-once delivery and a crash',
		seed: 10,
		ticks: 50,
		domain: 'counter',
		options: { broker: 'queue', delivery: 'at-most-once' },
		network: { delayMin: 1, delayMax: 2 },
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [
			{ at: 2, every: 2, repeat: 20, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'At-most-once: the broker, a queue here, sends each event once and forgets it. No acks, no resends (RabbitMQ with auto-ack, or an SQS queue that deletes on receipt). Kafka’s at-most-once, committing before processing, loses less: only what was fetched and not yet processed at a crash; what is produced while a consumer is down waits in the log.',
				ko: '최대 1번 전달: 여기서는 큐인 브로커가 이벤트를 한 번 보내고 잊습니다. ack도, 재전송도 없습니다(auto-ack를 켠 RabbitMQ, 받는 즉시 지우는 SQS 큐). Kafka의 최대 1번 전달(처리 전에 커밋)은 덜 잃습니다. 크래시 때 가져왔지만 아직 처리하지 않은 것만 잃고, 컨슈머가 크래시로 멈춰 있는 동안 생긴 레코드는 로그에 남아 기다립니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', count: 3 } },
		{ inject: { crash: 'view', duration: 6 } },
		{ waitFor: { trace: 'NodeCrashed' } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'The lesson crashes the consumer for 6 ticks. Events keep being stored and sent.',
				ko: '레슨이 컨슈머에 6틱 동안 크래시를 일으킵니다. 이벤트는 계속 저장되고 전송됩니다.'
			}
		},
		{ waitFor: { trace: 'MessageLost', where: { reason: 'crashed' } } },
		{
			ask: {
				en: 'A message just reached the dead consumer and was lost. When the consumer restarts, will it get that event?',
				ko: '방금 메시지 하나가 크래시한 컨슈머에 도착해 사라졌습니다. 컨슈머가 재시작하면 그 이벤트를 받게 될까요?'
			},
			choices: [
				{
					text: {
						en: 'No: the read model stays behind for good',
						ko: '아니다: read 모델은 계속 뒤처진 채로 남는다'
					},
					correct: { diverged: 'view' }
				},
				{
					text: { en: 'Yes: the broker sends it again', ko: '그렇다: 브로커가 다시 보낸다' },
					correct: { trace: 'MessageSent', where: { cause: 'redelivery' }, since: 'start' }
				}
			],
			revealWhen: { trace: 'NodeRestarted' },
			explain: {
				en: 'Nobody knows the message was lost, so nobody sends it again. The view is short of the truth, and will stay so.',
				ko: '메시지가 사라진 것을 아무도 모르니 아무도 다시 보내지 않습니다. 뷰는 정답보다 모자라고, 앞으로도 그럴 것입니다.'
			}
		},
		{ waitFor: { all: [{ tick: 45 }, { diverged: 'view' }] } },
		{
			say: {
				en: 'At-most-once is cheap and fast, and it loses messages: fine for a live metric, not for money. Next: at-least-once.',
				ko: '최대 1번 전달은 싸고 빠르지만 메시지를 잃습니다. 실시간 지표라면 괜찮지만 돈을 다룬다면 안 됩니다. 다음은 적어도 1번 전달입니다.'
			}
		}
	]
};
