/** Lesson 4: optimistic concurrency; two handlers, one conflict, reload and decide again. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const concurrency: LessonInput = {
	...listedAs('optimistic-concurrency'),
	scenario: {
		format: 'eventscope/2',
		title: 'Ann and Bob order the last apples at once',
		seed: 4,
		ticks: 30,
		domain: 'inventory',
		options: { handlers: 2 },
		consumers: [{ id: 'stock', readModel: 'stock-levels' }],
		commands: [
			{
				at: 1,
				stream: 'product-apple',
				type: 'ListProduct',
				data: { sku: 'apple', name: 'Apple' }
			},
			{ at: 3, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 10 } },
			{
				at: 8,
				stream: 'product-apple',
				type: 'ShipStock',
				data: { sku: 'apple', qty: 7 },
				client: 'ann'
			},
			{
				at: 8,
				stream: 'product-apple',
				type: 'ShipStock',
				data: { sku: 'apple', qty: 7 },
				client: 'bob'
			}
		]
	},
	steps: [
		{
			say: {
				en: 'Two command handlers work at the same time. The apple has 10 in stock. At the same moment, Ann and Bob each order 7.',
				ko: '커맨드 핸들러 두 개가 동시에 일합니다. 사과 재고는 10개. 같은 순간에 앤과 밥이 각각 7개를 주문합니다.'
			}
		},
		{ waitFor: { trace: 'CommandLoaded', where: { command: 'c4' } } },
		{ highlight: { streams: ['product-apple'] } },
		{
			say: {
				en: 'Both handlers loaded product-apple at version 2 (stock 10), and both decided that 7 fits. Each will append expecting version 2.',
				ko: '두 핸들러 모두 product-apple을 버전 2(재고 10)로 불러왔고, 둘 다 7개는 된다고 판단했습니다. 각자 "버전 2일 것"을 기대하며 추가합니다.'
			}
		},
		{
			ask: {
				en: 'The first append makes the stream version 3. What does the store do with the second one, which still expects version 2?',
				ko: '첫 번째 추가로 스트림은 버전 3이 됩니다. 여전히 버전 2를 기대하는 두 번째 추가는 어떻게 될까요?'
			},
			choices: [
				{
					text: { en: 'Refuses it: a version conflict', ko: '거부한다: 버전 충돌' },
					correct: { trace: 'AppendConflict' }
				},
				{
					text: { en: 'Stores it too: stock goes to -4', ko: '그것도 저장한다: 재고가 -4가 된다' },
					correct: { trace: 'EventAppended', where: { version: 4 }, since: 'start' }
				}
			],
			revealWhen: { trace: 'AppendConflict' },
			explain: {
				en: 'Events are keyed by (stream, version), and that key is unique. The append carried "expected version 2"; the stream was at 3, so the store refused it: optimistic concurrency.',
				ko: '이벤트의 키 (스트림, 버전)은 유일합니다. 추가 요청은 "기대 버전 2"를 들고 왔지만 스트림은 이미 3이었으므로 저장소가 거부했습니다. 이것이 낙관적 동시성 제어입니다.'
			}
		},
		{ waitFor: { trace: 'CommandLoaded', where: { attempt: 2 } } },
		{
			say: {
				en: 'The right retry: reload the stream (now version 3, stock 3) and decide again. Never re-append the same events.',
				ko: '올바른 재시도는 스트림을 다시 불러와(이제 버전 3, 재고 3) 다시 판단하는 것입니다. 같은 이벤트를 그대로 다시 추가하면 안 됩니다.'
			}
		},
		{ waitFor: { trace: 'CommandRejected' } },
		{ highlight: { streams: ['product-apple'], nodes: ['stock'] } },
		{
			say: {
				en: 'With 3 left, Bob’s order of 7 is now rejected. Without the version check both would have been stored, and the stock would read -4: a lost decision.',
				ko: '재고가 3개뿐이니 이번에는 밥의 7개 주문이 거부됩니다. 버전 검사가 없었다면 둘 다 저장되어 재고는 -4가 됐을 것입니다. 판단 하나가 조용히 사라지는 셈입니다.'
			}
		}
	]
};
