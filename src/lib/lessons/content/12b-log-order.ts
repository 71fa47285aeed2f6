/**
 * A log keeps order, a queue does not: set(15) without any check, on a network whose delays would
 * let copies overtake each other, converges under a log because a partition is read in order over
 * one connection. The same run under a queue diverges (checked in claims.spec.ts; /lab/compare shows
 * both side by side).
 */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const logOrder: LessonInput = {
	...listedAs('log-order'),
	scenario: {
		format: 'eventscope/2',
		title: 'set(15) without a check, read from a log',
		seed: 17,
		ticks: 120,
		domain: 'counter',
		options: { broker: 'log', eventStyle: 'absolute', delivery: 'at-least-once', ackTimeout: 30 },
		network: { delayMin: 1, delayMax: 12 },
		consumers: [{ id: 'naive', readModel: 'counter-values', idempotency: 'none' }],
		commands: [
			{ at: 2, every: 3, repeat: 30, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	},
	steps: [
		{
			say: {
				en: 'The counter stores absolute values (set), and "naive" applies whatever it gets, with no check at all. Each copy now takes 1 to 12 ticks: under a queue, a late set(10) would land after set(15), as in the lesson on reordering.',
				ko: '카운터는 절댓값(set)을 저장하고, "naive"는 받는 대로 아무 검사 없이 적용합니다. 이번에는 사본마다 1~12틱이 걸립니다. 큐라면 순서 뒤바뀜 레슨에서처럼 늦은 set(10)이 set(15) 뒤에 도착할 것입니다.'
			}
		},
		{ waitFor: { trace: 'RecordAppended', where: { position: 1 } } },
		{ highlight: { nodes: ['broker'] } },
		{
			say: {
				en: 'But this broker is a log, like Kafka. Every event of counter-1 goes to the same partition, at the next offset. "naive" reads that partition over ONE connection, in offset order: a slow copy holds up the ones behind it; it is never overtaken.',
				ko: '그런데 이 브로커는 Kafka 같은 로그입니다. counter-1의 이벤트는 모두 같은 파티션의 다음 오프셋에 쌓입니다. "naive"는 그 파티션을 연결 하나로 오프셋 순서대로 읽습니다. 느린 사본은 뒤의 사본을 붙잡아 둘 뿐, 추월당하지 않습니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'naive' }, count: 10 } },
		{
			ask: {
				en: 'Thirty set events, with delays of 1 to 12 ticks each. What will "naive" show at the end?',
				ko: 'set 이벤트 30개, 사본마다 1~12틱의 지연. 끝에 "naive"는 무엇을 보여 줄까요?'
			},
			choices: [
				{
					text: { en: 'The truth, 150', ko: '정답과 같은 150' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 150 } }
				},
				{
					text: {
						en: 'Some older value: a late set overwrote a newer one',
						ko: '더 옛 값: 늦은 set이 새 값을 덮어쓴다'
					},
					correct: { not: { view: { consumer: 'naive', key: 'counter-1', equals: 150 } } }
				}
			],
			revealWhen: { tick: 110 },
			explain: {
				en: 'In order, each set replaces an older value with a newer one, so the last one wins and it is the truth. The same seed under a queue ends wrong: compare the two in Compare, preset “a log vs a queue”.',
				ko: '순서대로 오면 set마다 옛 값을 새 값으로 바꾸므로 마지막 값이 이기고, 그것이 정답입니다. 같은 시드를 큐로 돌리면 틀린 값으로 끝납니다. 비교 화면의 “로그 대 큐” 프리셋에서 나란히 보세요.'
			}
		},
		{
			say: {
				en: 'Order is per partition, not global: two streams in two partitions can interleave either way. And a log still delivers duplicates, in order, which a set shrugs off but an add does not. Where they come from is the next lesson.',
				ko: '순서는 파티션 안에서만 지켜지고 전체에 걸쳐 지켜지지는 않습니다. 두 파티션에 있는 두 스트림은 어느 쪽으로든 섞일 수 있습니다. 또 로그도 중복을 순서대로 전달합니다. set은 버티지만 add는 그렇지 않습니다. 중복이 어디서 오는지는 다음 레슨에서 봅니다.'
			}
		}
	]
};
