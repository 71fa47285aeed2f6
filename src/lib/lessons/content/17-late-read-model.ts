/** Lesson 17: a read model deployed later, built from old events. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const lateReadModel: LessonInput = {
	...listedAs('late-read-model'),
	scenario: {
		format: 'eventscope/2',
		title: 'The removals read model starts at tick 30',
		seed: 17,
		ticks: 50,
		domain: 'cart',
		options: { broker: 'log', catchUpPerTick: 1 },
		consumers: [
			{ id: 'contents', readModel: 'cart-contents' },
			{ id: 'removals', readModel: 'removed-items', startAt: 30 }
		],
		commands: [
			{ at: 2, stream: 'cart-alice', type: 'AddItem', data: { sku: 'apple', qty: 2 } },
			{ at: 4, stream: 'cart-bob', type: 'AddItem', data: { sku: 'apple', qty: 1 } },
			{ at: 6, stream: 'cart-bob', type: 'AddItem', data: { sku: 'pear', qty: 3 } },
			{ at: 9, stream: 'cart-alice', type: 'RemoveItem', data: { sku: 'apple' } },
			{ at: 12, stream: 'cart-bob', type: 'RemoveItem', data: { sku: 'apple' } },
			{ at: 15, stream: 'cart-bob', type: 'RemoveItem', data: { sku: 'pear' } },
			{ at: 18, stream: 'cart-alice', type: 'AddItem', data: { sku: 'fig', qty: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'A shop runs for a while. Customers add items and take some back out. Nobody is counting the removals.',
				ko: '가게가 한동안 운영됩니다. 손님들이 물건을 담았다가 일부는 다시 뺍니다. 뺀 물건을 세는 사람은 아무도 없습니다.'
			}
		},
		{ waitFor: { trace: 'ConsumerSubscribed', where: { consumer: 'removals' } } },
		{ highlight: { nodes: ['removals'] } },
		{
			ask: {
				en: 'At tick 30 someone asks "which items do customers take back out?" and deploys a new read model, "removals". Every removal happened before it existed. What will it show?',
				ko: '30틱에 누군가 "손님들이 다시 빼는 물건은 뭘까?"라고 묻고 새 read 모델 "removals"를 배포합니다. 뺀 일은 모두 이 모델이 생기기 전에 일어났습니다. 무엇을 보여 줄까요?'
			},
			choices: [
				{
					text: { en: 'Every past removal: apple 2, pear 1', ko: '지난 모든 빼기: 사과 2, 배 1' },
					correct: {
						all: [
							{ view: { consumer: 'removals', key: 'apple', equals: 2 } },
							{ view: { consumer: 'removals', key: 'pear', equals: 1 } }
						]
					}
				},
				{
					text: { en: 'Nothing: it only sees new events', ko: '아무것도: 새 이벤트만 본다' },
					correct: { view: { consumer: 'removals', max: 0 } }
				}
			],
			revealWhen: {
				all: [
					{ view: { consumer: 'removals', key: 'apple', equals: 2 } },
					{ view: { consumer: 'removals', key: 'pear', equals: 1 } }
				]
			},
			explain: {
				en: 'A new consumer group starts at the first offset of every partition: the log still holds every event, so it read them all, a few per tick, then went on with new ones. A new question, answered from old events. (A real topic keeps records only as long as its retention allows; the event store keeps them for good, so a read model can also be rebuilt from the store itself.)',
				ko: '새 컨슈머 그룹은 모든 파티션의 첫 오프셋부터 시작합니다. 로그에 모든 이벤트가 남아 있으므로 한 틱에 몇 개씩 모두 읽고, 이어서 새 이벤트를 받았습니다. 새 질문에 옛 이벤트로 답한 것입니다. (실제 토픽은 보존 기간 동안만 레코드를 지키고, 이벤트 저장소는 영원히 지키므로 저장소에서 바로 read 모델을 다시 만들 수도 있습니다.)'
			}
		},
		{
			highlight: {
				rows: [
					{ consumer: 'removals', key: 'apple' },
					{ consumer: 'removals', key: 'pear' }
				]
			}
		},
		{
			say: {
				en: 'A system that stored only each cart’s state could never answer this: the removals were never recorded. The same replay rebuilds a read model after a bug fix: throw it away and replay from the start.',
				ko: '장바구니 상태만 저장하는 시스템이라면 절대 답할 수 없습니다. 뺀 기록이 남아 있지 않으니까요. 같은 리플레이로 버그를 고친 read 모델을 다시 만들 수도 있습니다. 버리고 처음부터 리플레이하면 됩니다.'
			}
		}
	]
};
