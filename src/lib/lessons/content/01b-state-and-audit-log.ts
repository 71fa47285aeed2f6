/**
 * Lesson 1b: the traditional baseline the notes open with. The cart of lesson 1, stored as a row
 * of state updated in place, with an audit log written beside it outside the transaction: a
 * crash between the two writes leaves a hole in the log, the log holds only what the developer
 * chose, and the set messages cannot tell the read side what was removed.
 */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const stateAndAuditLog: LessonInput = {
	...listedAs('state-and-audit-log'),
	scenario: {
		format: 'eventscope/2',
		title: 'The cart as a row of state, with an audit log',
		seed: 2,
		ticks: 30,
		domain: 'cart',
		options: { storage: 'state', logCrash: 0.3 },
		network: { delayMin: 1, delayMax: 2 },
		consumers: [
			{ id: 'contents', readModel: 'cart-contents' },
			{ id: 'removals', readModel: 'removed-items' }
		],
		commands: [
			{ at: 2, stream: 'cart-alice', type: 'AddItem', data: { sku: 'apple', qty: 2 } },
			{ at: 6, stream: 'cart-alice', type: 'AddItem', data: { sku: 'pear', qty: 1 } },
			{ at: 11, stream: 'cart-alice', type: 'RemoveItem', data: { sku: 'apple' } },
			{ at: 15, stream: 'cart-alice', type: 'AddItem', data: { sku: 'fig', qty: 3 } }
		]
	},
	steps: [
		{
			say: {
				en: "Alice's cart again, stored the traditional way: one row of state per cart, updated in place. To keep some history, the system also writes a separate log after each change. That log is not part of the transaction, and it holds only what the developer chose to log.",
				ko: '앨리스의 장바구니를 이번에는 전통적인 방식으로 저장합니다. 장바구니마다 상태(state)의 행 하나를 제자리에서 고칩니다. 이력을 조금이라도 남기려고 변경마다 따로 로그를 남기지만, 그 로그는 트랜잭션이 아니고 개발자가 고른 정보만 남깁니다.'
			}
		},
		{ waitFor: { trace: 'AuditWritten', where: { command: 'c1' } } },
		{ highlight: { nodes: ['store'] } },
		{
			say: {
				en: 'First write: the row cart-alice becomes version 1, apple × 2. Second write, outside that transaction: the audit log gets "c1 AddItem". Then the row itself goes out as a set message: the state, not what happened.',
				ko: '첫 번째 쓰기: cart-alice 행이 버전 1, 사과 2개가 됩니다. 트랜잭션 밖의 두 번째 쓰기: 감사 로그에 "c1 AddItem"이 남습니다. 그다음 행 자체가 set 메시지로 나갑니다. 무슨 일이 있었는지가 아니라 상태입니다.'
			}
		},
		{ waitFor: { trace: 'CommandReceived', where: { command: 'c3' } } },
		{ highlight: { nodes: ['store'] } },
		{
			ask: {
				en: 'Alice removes the apples (c3): the row will be updated, then the log written. What will the audit log keep about c3?',
				ko: '앨리스가 사과를 뺍니다(c3). 행을 고친 뒤 로그를 남깁니다. 감사 로그에는 c3에 대해 무엇이 남을까요?'
			},
			choices: [
				{
					text: { en: 'That c3 removed the apples', ko: 'c3가 사과를 뺐다는 것' },
					correct: { trace: 'EventAppended', since: 'start' }
				},
				{
					text: { en: 'An entry "c3 RemoveItem"', ko: '"c3 RemoveItem"이라는 기록' },
					correct: { trace: 'AuditWritten', where: { command: 'c3' }, since: 'start' }
				},
				{
					text: { en: 'Nothing at all', ko: '아무것도 남지 않는다' },
					correct: { trace: 'AuditLost', where: { command: 'c3' }, since: 'start' }
				}
			],
			revealWhen: { trace: 'MessageDelivered', since: 'start', count: 5 },
			explain: {
				en: 'The process crashed between the two writes. The row says the apples are gone; the log never heard of c3. And even a written entry says only "RemoveItem", never which item: that is all the developer chose to log.',
				ko: '두 쓰기 사이에 프로세스가 크래시되었습니다. 행에서는 사과가 사라졌지만 로그는 c3를 전혀 모릅니다. 기록이 남았더라도 "RemoveItem"뿐, 어떤 물건인지는 없습니다. 개발자가 고른 정보가 그것뿐이기 때문입니다.'
			}
		},
		{ waitFor: { tick: 22 } },
		{ highlight: { rows: [{ consumer: 'removals', key: 'apple' }], nodes: ['removals'] } },
		{
			say: {
				en: 'Now ask what was removed from the cart. The row: pear and fig. The log: nothing about c3. The removals read model: empty, because a set message carries the state, not the change. In the lesson "State or events?" the same commands were stored as events, and ItemRemoved(apple) stayed in the event store for good: every event is kept, so no set is lost.',
				ko: '이제 장바구니에서 무엇을 뺐는지 물어봅시다. 행: 배와 무화과. 로그: c3에 대한 기록 없음. removals read 모델: 비어 있습니다. set 메시지는 변경이 아니라 상태를 나르기 때문입니다. "상태를 저장할까, 이벤트를 저장할까?" 레슨에서는 같은 커맨드를 이벤트로 저장했고, ItemRemoved(apple)가 이벤트 저장소에 그대로 남았습니다. 모든 이벤트가 저장되므로 잃어버리는 set이 없습니다.'
			}
		}
	]
};
