/** Lesson 8: a duplicated add(5) over-counts; deduplication by event id does not. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const duplicates: LessonInput = {
	...listedAs('duplicates'),
	scenario: {
		format: 'eventscope/2',
		title: 'add(5) three times, one of them delivered twice',
		seed: 8,
		ticks: 30,
		domain: 'counter',
		options: { broker: 'queue', eventStyle: 'delta', delivery: 'at-least-once' },
		network: { delayMin: 1, delayMax: 2 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
			{ id: 'deduped', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 2, every: 5, repeat: 3, stream: 'counter-1', type: 'Add', data: { amount: 5 } }
		]
	},
	steps: [
		{
			say: {
				en: 'Three Add(5) commands: the true value is 15. Two consumers build the same counter view. "naive" applies every message it gets; "deduped" remembers the ids of the events it has applied.',
				ko: 'Add(5) 커맨드가 세 번: 올바른 값은 15입니다. 두 컨슈머가 같은 카운터 뷰를 만듭니다. "naive"는 받은 메시지를 모두 적용하고, "deduped"는 적용한 이벤트의 id를 기억합니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { position: 2 } } },
		{ inject: { duplicate: { consumer: 'naive', position: 2 } } },
		{ inject: { duplicate: { consumer: 'deduped', position: 2 } } },
		{ highlight: { events: [2] } },
		{
			say: {
				en: 'Messages can be duplicated: the lesson makes the network deliver this second add(5) twice to each consumer. (The broker here is a queue, where a copy travels on its own; in a log such as Kafka, duplicates come from elsewhere: see the lesson “Where a log’s duplicates come from”.)',
				ko: '메시지는 중복될 수 있습니다. 레슨이 네트워크를 조작해 두 번째 add(5)를 각 컨슈머에게 두 번씩 전달하게 합니다. (여기서 브로커는 사본이 하나씩 따로 이동하는 큐입니다. Kafka 같은 로그에서는 중복이 다른 곳에서 생깁니다. “로그의 중복은 어디서 오는가” 레슨에서 봅니다.)'
			}
		},
		// The question is asked with the copy on screen: "naive" has applied the original, and the
		// duplicate the lesson rigged is still on its way (without this wait the whole scene
		// happened inside the reveal).
		{
			waitFor: {
				all: [
					{
						trace: 'MessageSent',
						where: { consumer: 'naive', position: 2, cause: 'intervention' }
					},
					{ trace: 'EventApplied', where: { consumer: 'naive', position: 2 } }
				]
			}
		},
		{
			ask: {
				en: 'What will "naive" show for counter-1 once all three adds have arrived?',
				ko: '세 번의 add가 모두 도착하면 "naive"의 counter-1은 얼마일까요?'
			},
			choices: [
				{
					text: { en: '15', ko: '15' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 15 } }
				},
				{
					text: { en: '20', ko: '20' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 20 } }
				},
				{
					text: { en: '10', ko: '10' },
					correct: { view: { consumer: 'naive', key: 'counter-1', equals: 10 } }
				}
			],
			revealWhen: {
				all: [
					{
						trace: 'EventApplied',
						where: { consumer: 'naive', position: 2 },
						count: 2,
						since: 'start'
					},
					{ trace: 'EventApplied', where: { consumer: 'naive', position: 3 }, since: 'start' }
				]
			},
			explain: {
				en: 'add(5) cannot be idempotent: applying it twice adds 10. "naive" shows 20 and will never correct itself.',
				ko: 'add(5)는 멱등성을 보장할 수 없습니다. 두 번 적용하면 10이 더해집니다. "naive"는 20을 보여 주고, 스스로 바로잡지 못합니다.'
			}
		},
		{ waitFor: { trace: 'EventSkipped', where: { consumer: 'deduped' }, since: 'start' } },
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
				en: '"deduped" had already applied event #2, so it skipped the copy: 15. The notes suggest another way: make the event itself idempotent, set(15) instead of add(5). Next lesson.',
				ko: '"deduped"는 이벤트 #2를 이미 적용했으므로 사본을 건너뛰었습니다: 15. 노트는 다른 방법도 제안합니다. 이벤트 자체를 멱등하게, 즉 add(5) 대신 set(15)로 만드는 것. 다음 레슨입니다.'
			}
		}
	]
};
