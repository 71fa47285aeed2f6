/** Lesson 9: set(15) survives an immediate duplicate, not reordering; a newer-version check fixes it. A queue is where copies overtake each other. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const reordering: LessonInput = {
	...listedAs('reordering'),
	scenario: {
		format: 'eventscope/2',
		title: 'ValueSet events: a duplicate, then a late one',
		seed: 9,
		ticks: 40,
		domain: 'counter',
		options: { broker: 'queue', eventStyle: 'absolute', delivery: 'at-least-once' },
		consumers: [
			{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
			{ id: 'gated', readModel: 'counter-values', idempotency: 'version-newer' }
		],
		commands: [
			{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
			{ at: 12, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
			{ at: 16, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	},
	steps: [
		{
			say: {
				en: 'Now the counter stores absolute values: each Add(5) is stored as the new value, ValueSet(5), ValueSet(10), ValueSet(15), like the notes’ set(15). The broker is a queue (like SQS or RabbitMQ): each copy travels on its own.',
				ko: '이번에는 카운터가 절댓값을 저장합니다. Add(5)마다 새 값이 저장됩니다: ValueSet(5), ValueSet(10), ValueSet(15). 노트의 set(15)와 같은 방식입니다. 브로커는 큐(SQS나 RabbitMQ처럼)라서 사본이 하나씩 따로 이동합니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { position: 1 } } },
		{ inject: { duplicate: { consumer: 'naive', position: 1 } } },
		// Asked with the copy on the wire (it travels for one tick, which the reveal would skip).
		{ waitFor: { trace: 'MessageSent', where: { consumer: 'naive', cause: 'intervention' } } },
		{
			ask: {
				en: 'The lesson duplicates set(5) on its way to "naive". What will "naive" show after both copies?',
				ko: '레슨이 "naive"로 가는 set(5)를 중복시킵니다. 사본 두 개를 다 받은 뒤 "naive"는 얼마를 보여 줄까요?'
			},
			choices: [
				{
					text: { en: '5', ko: '5' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 5 } }
				},
				{
					text: { en: '10', ko: '10' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 10 } }
				}
			],
			revealWhen: { trace: 'EventApplied', where: { consumer: 'naive', position: 1 }, count: 2 },
			explain: {
				en: 'Setting 5 twice in a row gives 5: a set is idempotent, so a duplicate right behind the original does no harm, even without any deduplication. (A duplicate that came late, after set(10), would set 5 again: that is reordering, next.)',
				ko: '5로 연달아 두 번 설정해도 5입니다. set은 멱등하므로 원본 바로 뒤에 온 중복은 중복 제거 없이도 해가 없습니다. (set(10) 뒤에 늦게 온 중복이라면 다시 5로 되돌립니다. 그것이 다음에 볼 순서 뒤바뀜입니다.)'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { position: 2 } } },
		{ inject: { delay: { consumer: 'naive', position: 2, ticks: 8 } } },
		{ inject: { delay: { consumer: 'gated', position: 2, ticks: 8 } } },
		{ highlight: { events: [2, 3] } },
		{
			say: {
				en: 'A queue does not keep order either: the lesson delays set(10) on the network, so set(15) will overtake it. (A log such as Kafka would not let it: see the lesson “A log keeps order, a queue does not”.)',
				ko: '큐는 순서도 지켜 주지 않습니다. 레슨이 네트워크에서 set(10)을 늦추므로, set(15)가 먼저 도착하게 됩니다. (Kafka 같은 로그라면 앞지를 수 없습니다. “로그는 순서를 지키고, 큐는 그렇지 않다” 레슨에서 봅니다.)'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'gated', position: 3 } } },
		{ highlight: { nodes: ['gated'], events: [3] } },
		{
			say: {
				en: '"gated" remembers the last version it applied to each stream. Version 3 is newer than version 1, so it applies set(15) at once. It does not wait for version 2: for a set, a newer value makes the older ones irrelevant.',
				ko: '"gated"는 스트림마다 마지막으로 적용한 버전을 기억합니다. 버전 3은 버전 1보다 새로우므로 set(15)를 바로 적용합니다. 버전 2를 기다리지 않습니다. set에서는 새 값이 나오면 옛 값은 의미가 없으니까요.'
			}
		},
		{
			ask: {
				en: '"naive" already shows 15. Then the late set(10) arrives. What will "naive" show?',
				ko: '"naive"는 이미 15를 보여 주고 있습니다. 이제 늦은 set(10)이 도착합니다. "naive"는 얼마를 보여 줄까요?'
			},
			choices: [
				{
					text: { en: '15', ko: '15' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 15 } }
				},
				{
					text: { en: '10', ko: '10' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 10 } }
				}
			],
			revealWhen: { trace: 'EventApplied', where: { consumer: 'naive', position: 2 } },
			explain: {
				en: 'A set alone is not safe under reordering: the older value overwrote the newer one. "naive" is now wrong, and nothing will fix it.',
				ko: 'set만으로는 순서가 뒤바뀌는 것을 막지 못합니다. 옛 값이 새 값을 덮어썼습니다. "naive"는 이제 틀렸고, 바로잡아 줄 것도 없습니다.'
			}
		},
		{ waitFor: { trace: 'EventSkipped', where: { consumer: 'gated', position: 2 } } },
		{
			highlight: {
				rows: [
					{ consumer: 'naive', key: 'counter-1' },
					{ consumer: 'gated', key: 'counter-1' }
				]
			}
		},
		{
			say: {
				en: '"gated" skipped the late version 2: it is older than version 3, which it has applied. It still shows 15. set(15) needs a version check: apply an event only if its version is newer than the one you stored (a last-writer-wins register). For add(5), every event must be applied, once and in order: there the check is “the next version only”, which holds a newer event until the gap is filled.',
				ko: '"gated"는 늦게 온 버전 2를 건너뛰었습니다. 이미 적용한 버전 3보다 오래됐기 때문입니다. 여전히 15를 보여 줍니다. set(15)에는 버전 검사가 필요합니다. 저장해 둔 버전보다 새로운 버전일 때만 이벤트를 적용하세요(마지막 쓰기가 이기는 레지스터). add(5)는 모든 이벤트를 한 번씩 순서대로 적용해야 하므로, 검사는 “다음 버전만”이 되고 빈 버전이 채워질 때까지 더 새 이벤트를 보류합니다.'
			}
		}
	]
};
