/** Lesson 1: the cart stored as state forgets what was removed; the cart as events remembers. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const stateVsEvents: LessonInput = {
	...listedAs('state-vs-events'),
	scenario: {
		format: 'eventscope/2',
		title: 'A cart: its state, and its events',
		seed: 1,
		ticks: 30,
		domain: 'cart',
		network: { delayMin: 1, delayMax: 2 },
		consumers: [
			{ id: 'contents', readModel: 'cart-contents' },
			{ id: 'removals', readModel: 'removed-items' }
		],
		commands: [
			{ at: 2, stream: 'cart-alice', type: 'AddItem', data: { sku: 'apple', qty: 2 } },
			{ at: 6, stream: 'cart-alice', type: 'AddItem', data: { sku: 'pear', qty: 1 } },
			{ at: 11, stream: 'cart-alice', type: 'RemoveItem', data: { sku: 'apple' } }
		]
	},
	steps: [
		{
			say: {
				en: 'Alice fills a shopping cart. A traditional system would store only the cart as it is now. Event sourcing stores every change as an event in the event store.',
				ko: '앨리스가 장바구니에 물건을 담습니다. 전통적인 방식은 장바구니의 지금 상태(state)만 저장합니다. 이벤트 소싱은 모든 변경을 이벤트로 만들어 이벤트 저장소에 저장합니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'contents' } } },
		{ highlight: { events: [1], nodes: ['contents'] } },
		{
			say: {
				en: 'ItemAdded is stored as event #1. The "contents" read model keeps the current state, exactly what a traditional system would store: apple × 2.',
				ko: 'ItemAdded가 이벤트 #1로 저장됐습니다. "contents" read 모델은 현재 상태를 들고 있습니다. 전통적인 방식이 저장하는 것과 똑같습니다: 사과 2개.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { eventType: 'ItemRemoved' } } },
		{ highlight: { events: [3] } },
		{
			ask: {
				en: 'Alice has just removed the apples. Once that reaches the read model, where can we still see that she once had apples?',
				ko: '앨리스가 방금 사과를 뺐습니다. 이 변경이 read 모델에 반영되고 나면, 앨리스가 사과를 담았었다는 사실은 어디에 남아 있을까요?'
			},
			choices: [
				{
					text: { en: 'Only in the event store', ko: '이벤트 저장소에만' },
					correct: { view: { consumer: 'contents', key: 'cart-alice.items.apple', equals: null } }
				},
				{
					text: { en: 'In the cart state too', ko: '장바구니 상태에도' },
					correct: { view: { consumer: 'contents', key: 'cart-alice.items.apple', min: 1 } }
				},
				{
					text: { en: 'Nowhere: it is gone', ko: '어디에도 없다' },
					correct: {
						not: { trace: 'EventAppended', where: { eventType: 'ItemAdded' }, since: 'start' }
					}
				}
			],
			revealWhen: { trace: 'EventApplied', where: { consumer: 'contents', position: 3 } },
			explain: {
				en: 'The state now says pear × 1 and nothing else: the apples left no trace. The log still holds ItemAdded(apple) and ItemRemoved(apple). Replaying the events gives the state; the state can never give the events back.',
				ko: '이제 상태에는 배 1개뿐이고 사과의 흔적은 없습니다. 하지만 로그에는 두 이벤트가 그대로 있습니다: ItemAdded(apple), ItemRemoved(apple). 이벤트를 리플레이하면 상태를 만들 수 있지만, 상태에서 이벤트를 되살릴 수는 없습니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'removals', rows: 'apple' } } },
		{ highlight: { rows: [{ consumer: 'removals', key: 'apple' }], nodes: ['removals'] } },
		{
			say: {
				en: 'Because every event was kept, a new question can be answered: the "removals" read model counts what was taken back out of carts. From the stored state alone, nobody could tell.',
				ko: '이벤트를 모두 남겨 두었기 때문에 새로운 질문에도 답할 수 있습니다. "removals" read 모델은 장바구니에서 뺀 물건을 셉니다. 저장된 상태만으로는 아무도 알 수 없는 정보입니다.'
			}
		}
	]
};
