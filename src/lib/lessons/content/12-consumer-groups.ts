/**
 * Lesson 12: a consumer group on a log; partitions by stream; a crash before the commit makes the
 * next owner read again from the committed offset, in order.
 */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const consumerGroups: LessonInput = {
	...listedAs('consumer-groups'),
	scenario: {
		format: 'eventscope/2',
		title: 'A consumer group of two instances on a log of two partitions',
		seed: 12,
		ticks: 60,
		domain: 'counter',
		options: {
			broker: 'log',
			partitions: 2,
			delivery: 'at-least-once',
			commitEvery: 2,
			sessionTimeout: 6
		},
		consumers: [{ id: 'group', readModel: 'counter-values', instances: 2 }],
		commands: [
			{ at: 2, every: 8, repeat: 5, stream: 'counter-a', type: 'Add', data: { amount: 1 } },
			{ at: 4, every: 8, repeat: 5, stream: 'counter-b', type: 'Add', data: { amount: 1 } },
			{ at: 6, every: 8, repeat: 5, stream: 'counter-c', type: 'Add', data: { amount: 1 } },
			{ at: 8, every: 8, repeat: 5, stream: 'counter-d', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'Event stream → message broker → consumer. The broker is a log, like Kafka, with two partitions: each stream’s events all go to one partition, by a hash of the stream id (a Kafka key). The consumer is a group of two instances; each partition belongs to one of them, which reads it in order.',
				ko: '이벤트 스트림 → 메시지 브로커 → 컨슈머. 브로커는 Kafka 같은 로그이고 파티션이 두 개입니다. 한 스트림의 이벤트는 모두 한 파티션으로 갑니다(스트림 id의 해시로, Kafka의 키처럼). 컨슈머는 인스턴스 두 개의 그룹이고, 파티션마다 한 인스턴스가 맡아 순서대로 읽습니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', count: 4 } },
		{ highlight: { nodes: ['group#1', 'group#2'] } },
		{
			say: {
				en: 'counter-b and counter-d share partition P0, which #1 owns; counter-a and counter-c share P1, owned by #2. Each event went to ONE member, and within a partition, in order.',
				ko: 'counter-b와 counter-d는 파티션 P0을 함께 쓰고 #1이 맡습니다. counter-a와 counter-c는 P1이고 #2가 맡습니다. 이벤트마다 멤버 하나에게만 가고, 파티션 안에서는 순서대로 갑니다.'
			}
		},
		{ waitFor: { trace: 'OffsetCommitted', where: { consumer: 'group', partition: 0 } } },
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'group', instance: 0 } } },
		{ inject: { crash: 'group#1', duration: 20 } },
		{ highlight: { nodes: ['group#1'] } },
		// Asked with #1 down on screen, not a tick before its crash.
		{ waitFor: { trace: 'NodeCrashed', where: { target: 'group#1' } } },
		{
			ask: {
				en: 'A member commits its offset every 2 records. The lesson crashes #1 right after it applied a record it has not committed. Who reads that record next?',
				ko: '멤버는 레코드 2개마다 오프셋을 커밋합니다. 레슨이 #1을, 아직 커밋하지 않은 레코드를 적용한 직후에 크래시시킵니다. 그 레코드는 다음에 누가 읽을까요?'
			},
			choices: [
				{
					text: {
						en: 'Instance #2, once the group gives up on #1',
						ko: '#2: 그룹이 #1을 포기하고 나면'
					},
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
				en: 'For 6 ticks (the session timeout) the group waits for #1. Then it gives P0 to #2, which starts at the committed offset: it reads the uncommitted record again, in order, and applies it a second time. "One event, one consumer" holds only until a crash before the commit.',
				ko: '그룹은 6틱(세션 타임아웃) 동안 #1을 기다립니다. 그다음 P0을 #2에게 넘기고, #2는 커밋된 오프셋부터 시작합니다. 커밋되지 않은 레코드를 순서대로 다시 읽고 한 번 더 적용합니다. "1 이벤트에 1 컨슈머"는 커밋 전에 크래시하지 않는 동안에만 성립합니다.'
			}
		},
		{ waitFor: { trace: 'NodeRestarted' } },
		{
			say: {
				en: 'Back up, #1 rejoins and the group gives P0 back to it, again from the committed offset. Consumer groups spread the load and keep each partition in order, so each stream; but a record can be read twice, so the handling must still be idempotent.',
				ko: '#1이 재시작해 그룹에 다시 들어오면, 그룹은 P0을 다시 #1에게 주고 #1은 커밋된 오프셋부터 읽습니다. 컨슈머 그룹은 부하를 나누고 파티션마다, 그래서 스트림마다 순서를 지켜 주지만, 레코드를 두 번 읽을 수 있으므로 처리는 여전히 멱등해야 합니다.'
			}
		}
	]
};
