/**
 * Where a log's duplicates come from: not from the connection (it is ordered and never doubles a
 * copy) but from a producer that writes a record again when the broker's ack is lost, and from a
 * consumer that crashes after processing and before committing, and reads again from its offset.
 */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const logDuplicates: LessonInput = {
	...listedAs('log-duplicates'),
	scenario: {
		format: 'eventscope/2',
		title: 'add(5) on a log: a producer retry and a crash before the commit',
		seed: 5,
		ticks: 70,
		domain: 'counter',
		options: { broker: 'log', eventStyle: 'delta', delivery: 'at-least-once', commitEvery: 3 },
		network: { delayMin: 1, delayMax: 2 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 2, every: 4, repeat: 10, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	},
	steps: [
		{
			say: {
				en: 'add(5) ten times, on a log. Each consumer reads its partition in order over one connection, which never doubles a copy, and commits its offset every 3 records. "naive" applies what it reads; "deduped" remembers event ids.',
				ko: '로그 위에서 add(5)를 열 번 합니다. 컨슈머마다 자기 파티션을 연결 하나로 순서대로 읽고, 이 연결은 사본을 복제하지 않습니다. 오프셋은 레코드 3개마다 커밋합니다. "naive"는 읽은 것을 적용하고, "deduped"는 이벤트 ID를 기억합니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { position: 2 } } },
		{ inject: { duplicate: { consumer: 'naive', position: 2 } } },
		{ waitFor: { trace: 'RecordAppended', where: { retry: true } } },
		{ highlight: { nodes: ['broker'], events: [2] } },
		{
			say: {
				en: 'First place: the publisher. Its write of event #2 reached the log, but the broker’s answer was lost, so it wrote #2 again: a second record at a new offset. (Kafka’s idempotent producer exists to prevent exactly this.)',
				ko: '첫 번째 장소는 발행자입니다. 이벤트 #2를 로그에 썼지만 브로커의 응답이 사라져서 #2를 한 번 더 썼습니다. 새 오프셋에 두 번째 레코드가 생겼습니다. (Kafka의 멱등 생산자가 바로 이것을 막으려고 있습니다.)'
			}
		},
		{ waitFor: { trace: 'EventSkipped', where: { consumer: 'deduped', position: 2 } } },
		{
			say: {
				en: 'Both consumers read the two records of #2, in order. "naive" added 5 twice; "deduped" skipped the second.',
				ko: '두 컨슈머 모두 #2의 레코드 두 개를 순서대로 읽었습니다. "naive"는 5를 두 번 더했고, "deduped"는 두 번째를 건너뛰었습니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'deduped', position: 6 } } },
		{ inject: { crash: 'deduped', duration: 4 } },
		{ highlight: { nodes: ['deduped'] } },
		// Asked with "deduped" down on screen, not a tick before its crash.
		{ waitFor: { trace: 'NodeCrashed', where: { target: 'deduped' } } },
		{
			ask: {
				en: 'Second place: the consumer. "deduped" crashes after processing records it has not committed yet. When it comes back, what does it read first?',
				ko: '두 번째 장소는 컨슈머입니다. "deduped"가 아직 커밋하지 않은 레코드를 처리한 뒤 크래시합니다. 재시작하면 무엇부터 읽을까요?'
			},
			choices: [
				{
					text: {
						en: 'Again from its committed offset: records it has already applied',
						ko: '커밋된 오프셋부터 다시: 이미 적용한 레코드'
					},
					correct: { trace: 'MessageSent', where: { consumer: 'deduped', cause: 'redelivery' } }
				},
				{
					text: { en: 'Only records it has not seen', ko: '아직 보지 못한 레코드만' },
					correct: {
						not: { trace: 'MessageSent', where: { consumer: 'deduped', cause: 'redelivery' } }
					}
				}
			],
			revealWhen: { trace: 'EventSkipped', where: { consumer: 'deduped', reason: 'duplicate' } },
			explain: {
				en: 'Its memory of what it fetched died with it; the log only knows the committed offset. It reads from there, in order, so it gets records it already applied. Its id check skips them: at-least-once plus an idempotent consumer gives exactly-once effects.',
				ko: '무엇을 가져왔는지에 대한 기억은 크래시와 함께 사라졌고, 로그는 커밋된 오프셋만 압니다. 거기서부터 순서대로 읽으니 이미 적용한 레코드를 다시 받습니다. ID 검사가 그것을 건너뜁니다. 적어도 1번 전달 전달 + 멱등한 컨슈머 = 효과는 정확히 1번.'
			}
		},
		{
			say: {
				en: 'So a log gives order within a partition, but not “exactly once”: duplicates still come, from producers and from crashes before a commit. They come in order, which is why a set with a version check, or an id check, handles them.',
				ko: '로그는 파티션 안의 순서를 주지만 “정확히 1번 전달”은 주지 않습니다. 중복은 여전히 생산자와 커밋 전 크래시에서 옵니다. 다만 순서대로 오므로 버전 검사를 한 set이나 ID 검사로 처리할 수 있습니다.'
			}
		}
	]
};
