/** Lesson 12: a consumer group; partitions by stream; a crash before the ack moves the event. */
import type { LessonInput } from '../schema';

export const consumerGroups: LessonInput = {
	slug: 'consumer-groups',
	title: { en: 'One event, one consumer: consumer groups', ko: '1 이벤트에 1 컨슈머: 컨슈머 그룹' },
	chapter: { en: 'Delivery', ko: '메시지 전달' },
	summary: {
		en: 'Instances of a group split the streams between them, until a crash moves a stream to another member.',
		ko: '그룹의 인스턴스들은 스트림을 나눠 맡습니다. 한 인스턴스가 크래시하면 그 스트림은 다른 멤버에게 넘어갑니다.'
	},
	scenario: {
		format: 'eventscope/1',
		title: 'A consumer group of two instances',
		seed: 12,
		ticks: 40,
		domain: 'counter',
		options: { delivery: 'at-least-once', ackTimeout: 5 },
		consumers: [{ id: 'group', readModel: 'counter-values', instances: 2 }],
		commands: [
			{ at: 2, every: 8, repeat: 4, stream: 'counter-a', type: 'Add', data: { amount: 1 } },
			{ at: 4, every: 8, repeat: 4, stream: 'counter-b', type: 'Add', data: { amount: 1 } },
			{ at: 6, every: 8, repeat: 4, stream: 'counter-c', type: 'Add', data: { amount: 1 } },
			{ at: 8, every: 8, repeat: 4, stream: 'counter-d', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'Event stream → message broker → consumer. Here the consumer is a group of two instances sharing the work. Each stream belongs to one instance (a partition by stream id, like a Kafka key).',
				ko: '이벤트 스트림 → 메시지 브로커 → 컨슈머. 이번 컨슈머는 인스턴스 두 개가 일을 나누는 그룹입니다. 스트림마다 맡는 인스턴스가 하나씩 정해져 있습니다 (Kafka의 키처럼 스트림 id로 파티션을 나눕니다).'
			}
		},
		{ waitFor: { trace: 'EventApplied', count: 4 } },
		{ highlight: { nodes: ['group#1', 'group#2'] } },
		{
			say: {
				en: 'counter-b and counter-d go to #1; counter-a and counter-c go to #2. Each event went to ONE member, and each stream’s events stay in order.',
				ko: 'counter-b와 counter-d는 #1로, counter-a와 counter-c는 #2로 갑니다. 이벤트마다 멤버 하나에게만 갔고, 스트림 안의 순서도 지켜집니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'group', instance: 0 } } },
		{ inject: { crash: 'group#1', duration: 10 } },
		{ highlight: { nodes: ['group#1'] } },
		{
			ask: {
				en: 'The lesson crashes #1 right after it applied an event, before its ack. Who gets that event next?',
				ko: '#1이 이벤트를 적용한 직후, ack를 보내기 전에 레슨이 #1에 크래시를 일으킵니다. 그 이벤트는 다음에 누가 받을까요?'
			},
			choices: [
				{
					text: { en: 'Instance #2: the group rebalances', ko: '#2: 그룹이 재조정된다' },
					correct: { trace: 'MessageSent', where: { cause: 'redelivery', instance: 1 } }
				},
				{
					text: { en: 'Instance #1, once it restarts', ko: '#1: 재시작한 뒤에' },
					correct: { trace: 'MessageSent', where: { cause: 'redelivery', instance: 0 } }
				},
				{
					text: { en: 'Nobody: it was applied', ko: '아무도: 이미 적용됐다' },
					correct: { not: { trace: 'MessageSent', where: { cause: 'redelivery' } } }
				}
			],
			revealWhen: { trace: 'MessageSent', where: { cause: 'redelivery' } },
			explain: {
				en: 'While #1 is down, its streams go to #2, and the unacked event is sent there. It was applied by #1 and now again by #2: "one event, one consumer" holds only until a crash before the commit.',
				ko: '#1이 크래시로 멈춰 있는 동안 그 스트림은 #2가 맡고, ack 받지 못한 이벤트도 #2로 갑니다. #1이 적용했던 이벤트를 #2가 다시 적용합니다. "1 이벤트에 1 컨슈머"는 커밋 전에 크래시가 나지 않는 동안에만 성립합니다.'
			}
		},
		{ waitFor: { trace: 'NodeRestarted' } },
		{
			say: {
				en: 'Back up, #1 takes its streams again. Consumer groups spread the load and keep per-stream order, but the handling must still be idempotent.',
				ko: '#1이 재시작하면 자기 스트림을 다시 맡습니다. 컨슈머 그룹은 부하를 나누고 스트림별 순서를 지켜 주지만, 처리는 여전히 멱등해야 합니다.'
			}
		}
	]
};
