/** Lesson 2: commands are validated against the state; a rejection stores nothing. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const commands: LessonInput = {
	...listedAs('commands-and-events'),
	scenario: {
		format: 'eventscope/2',
		title: 'A cart refuses what it cannot do',
		seed: 2,
		ticks: 30,
		domain: 'cart',
		consumers: [{ id: 'contents', readModel: 'cart-contents' }],
		commands: [
			{ at: 2, stream: 'cart-bob', type: 'AddItem', data: { sku: 'apple', qty: 2 } },
			{ at: 7, stream: 'cart-bob', type: 'RemoveItem', data: { sku: 'banana' } },
			{ at: 12, stream: 'cart-bob', type: 'Checkout' },
			{ at: 17, stream: 'cart-bob', type: 'AddItem', data: { sku: 'plum', qty: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'A command is a request, in the imperative: AddItem. The handler loads the cart, checks the command against its current state, and only then stores events.',
				ko: '커맨드는 명령형으로 쓴 요청입니다: AddItem. 핸들러는 장바구니를 불러와 현재 상태로 커맨드를 검증(validation)하고, 통과해야만 이벤트를 저장합니다.'
			}
		},
		{ waitFor: { trace: 'CommandAccepted' } },
		{ highlight: { events: [1] } },
		{
			say: {
				en: 'Accepted. The store now holds ItemAdded: named in the past tense, because it has already happened.',
				ko: '통과했습니다. 저장소에는 ItemAdded가 생겼습니다. 이미 일어난 일이므로 과거형으로 이름 붙입니다.'
			}
		},
		{ waitFor: { tick: 6 } },
		{
			ask: {
				en: 'Bob asks to remove a banana, but there is no banana in his cart. What happens?',
				ko: '밥이 바나나를 빼 달라고 요청했지만, 장바구니에 바나나가 없습니다. 어떻게 될까요?'
			},
			choices: [
				{
					text: {
						en: 'Rejected with an error; no event is stored',
						ko: '오류와 함께 거부되고, 이벤트는 저장되지 않는다'
					},
					correct: {
						all: [{ trace: 'CommandRejected' }, { not: { trace: 'EventAppended' } }]
					}
				},
				{
					text: {
						en: 'ItemRemoved(banana) is stored anyway',
						ko: '그래도 ItemRemoved(바나나)가 저장된다'
					},
					correct: { trace: 'EventAppended', where: { eventType: 'ItemRemoved' } }
				},
				{
					text: { en: 'The apples are removed instead', ko: '대신 사과가 빠진다' },
					correct: { view: { consumer: 'contents', key: 'cart-bob.items.apple', equals: null } }
				}
			],
			revealWhen: { trace: 'CommandRejected' },
			explain: {
				en: 'Validation comes before anything is stored. A rejected command returns an error and leaves no event: the store only holds facts that were allowed to happen.',
				ko: 'validation은 저장보다 먼저입니다. 거부된 커맨드는 오류를 돌려줄 뿐 이벤트를 남기지 않습니다. 저장소에는 일어나도 되는 사실만 쌓입니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { eventType: 'CheckedOut' } } },
		{ highlight: { events: [2] } },
		{
			say: {
				en: 'CheckedOut is stored. An event is an immutable fact: nobody edits or deletes it, so applying it always succeeds.',
				ko: 'CheckedOut이 저장됐습니다. 이벤트는 돌이킬 수 없는 사실, 불변 객체입니다. 아무도 고치거나 지우지 않으므로 적용은 항상 성공합니다.'
			}
		},
		{ waitFor: { trace: 'CommandRejected' } },
		{
			say: {
				en: 'Adding a plum after checkout is rejected: the cart is already checked out. To undo a fact, real systems append a new, compensating event; they never rewrite an old one. (This cart has no such command.)',
				ko: '결제 후의 자두 추가는 거부됩니다. 이미 결제한 장바구니이기 때문입니다. 실제 시스템에서 사실을 되돌리려면 보상 이벤트를 새로 추가할 뿐, 지난 이벤트를 고치지 않습니다. (이 장바구니에는 그런 커맨드가 없습니다.)'
			}
		}
	]
};
