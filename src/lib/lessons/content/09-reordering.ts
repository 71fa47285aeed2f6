/** Lesson 9: set(15) survives duplicates, not reordering; a version check fixes it. */
import type { LessonInput } from '../schema';

export const reordering: LessonInput = {
	slug: 'reordering',
	title: { en: 'set(15), and messages out of order', ko: 'set(15)와 뒤바뀐 순서' },
	chapter: { en: 'Delivery', ko: '메시지 전달' },
	summary: {
		en: 'An absolute set is safe against duplicates but not against reordering; a version check is.',
		ko: '절댓값을 쓰는 set은 중복에는 안전하지만 순서가 뒤바뀌면 위험합니다. 버전 검사가 필요합니다.'
	},
	scenario: {
		format: 'eventscope/1',
		title: 'ValueSet events: a duplicate, then a late one',
		seed: 9,
		ticks: 40,
		domain: 'counter',
		options: { eventStyle: 'absolute', delivery: 'at-least-once' },
		consumers: [
			{ id: 'naive', readModel: 'counter-values', idempotency: 'none' },
			{ id: 'gated', readModel: 'counter-values', idempotency: 'version-gate' }
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
				en: 'Now the counter stores absolute values: each Add(5) is stored as the new value, ValueSet(5), ValueSet(10), ValueSet(15), like the notes’ set(15).',
				ko: '이번에는 카운터가 절댓값을 저장합니다. Add(5)마다 새 값이 저장됩니다: ValueSet(5), ValueSet(10), ValueSet(15). 노트의 set(15)와 같은 방식입니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { position: 1 } } },
		{ inject: { duplicate: { consumer: 'naive', position: 1 } } },
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
				en: 'Setting 5 twice gives 5: a set is idempotent, so a duplicate does no harm, even without any deduplication.',
				ko: '5로 두 번 설정해도 5입니다. set은 멱등하므로 중복 제거를 하지 않아도 중복이 해를 끼치지 않습니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { position: 2 } } },
		{ inject: { delay: { consumer: 'naive', position: 2, ticks: 8 } } },
		{ inject: { delay: { consumer: 'gated', position: 2, ticks: 8 } } },
		{ highlight: { events: [2, 3] } },
		{
			say: {
				en: 'Order is not guaranteed either: the lesson delays set(10) on the network, so set(15) will overtake it.',
				ko: '순서도 보장되지 않습니다. 레슨이 네트워크에서 set(10)을 늦추므로, set(15)가 먼저 도착하게 됩니다.'
			}
		},
		{ waitFor: { trace: 'EventHeld', where: { consumer: 'gated' } } },
		{ highlight: { nodes: ['gated'], events: [3] } },
		{
			say: {
				en: '"gated" received version 3 while it has only applied version 1. It holds version 3 and waits for version 2.',
				ko: '"gated"는 버전 1까지만 적용했는데 버전 3을 받았습니다. 버전 3을 붙잡아 두고 버전 2를 기다립니다.'
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
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'gated', position: 3 } } },
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
				en: '"gated" applied version 2, then the held version 3: 15. set(15) needs a version check: apply an event only if its version is the next one after the version you stored.',
				ko: '"gated"는 버전 2를 적용한 뒤 붙잡아 둔 버전 3을 적용했습니다: 15. set(15)에는 버전 검사가 필요합니다. 저장해 둔 버전 바로 다음 버전일 때만 이벤트를 적용하세요.'
			}
		}
	]
};
