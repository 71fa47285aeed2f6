/** Lesson 13: CQRS; products below 10 by full scan versus a read model that joins two kinds of event. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const cqrs: LessonInput = {
	...listedAs('cqrs-low-stock'),
	scenario: {
		format: 'eventscope/2',
		title: 'Products below 10 in stock',
		seed: 13,
		ticks: 60,
		domain: 'inventory',
		options: { lowStockThreshold: 10 },
		network: { delayMin: 1, delayMax: 3 },
		consumers: [{ id: 'low-stock', readModel: 'low-stock' }],
		commands: [
			{
				at: 1,
				stream: 'product-apple',
				type: 'ListProduct',
				data: { sku: 'apple', name: 'Apple' }
			},
			{ at: 1, stream: 'product-pear', type: 'ListProduct', data: { sku: 'pear', name: 'Pear' } },
			{ at: 1, stream: 'product-plum', type: 'ListProduct', data: { sku: 'plum', name: 'Plum' } },
			{ at: 1, stream: 'product-fig', type: 'ListProduct', data: { sku: 'fig', name: 'Fig' } },
			{ at: 6, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 40 } },
			{ at: 6, stream: 'product-pear', type: 'ReceiveStock', data: { sku: 'pear', qty: 12 } },
			{ at: 6, stream: 'product-plum', type: 'ReceiveStock', data: { sku: 'plum', qty: 8 } },
			{ at: 6, stream: 'product-fig', type: 'ReceiveStock', data: { sku: 'fig', qty: 30 } },
			{
				at: 16,
				every: 3,
				repeat: 12,
				stream: 'product-apple',
				type: 'ShipStock',
				data: { sku: 'apple', qty: 2 }
			},
			{ at: 30, stream: 'product-pear', type: 'ShipStock', data: { sku: 'pear', qty: 5 } }
		]
	},
	steps: [
		{
			say: {
				en: 'How do we list the products with fewer than 10 in stock? The event store only has streams of events, one per product. Without a read model we would load every product stream and replay it: a full scan.',
				ko: '재고가 10개 미만인 상품 목록은 어떻게 알까요? 이벤트 저장소에는 상품마다 이벤트 스트림이 있을 뿐입니다. read 모델이 없다면 모든 상품 스트림을 불러와 하나하나 리플레이해야 합니다. 풀 스캔입니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'low-stock', rows: 'plum' } } },
		{ highlight: { nodes: ['low-stock'], rows: [{ consumer: 'low-stock', key: 'plum' }] } },
		{
			say: {
				en: 'The query side keeps a view built for this one question. It joins two kinds of events: ProductListed gives the name, the stock moves give the number. Plum has 8, so it is listed.',
				ko: 'Query Side는 이 질문 하나를 위한 뷰를 유지합니다. 두 종류의 이벤트를 조인합니다. ProductListed에서 이름을, 재고 이동에서 수량을 가져옵니다. 자두는 8개라서 목록에 올랐습니다.'
			}
		},
		{ waitFor: { tick: 29 } },
		{
			ask: {
				en: 'Pear has 12, and an order ships 5. Will pear appear in the low-stock view?',
				ko: '배는 12개가 있고, 주문으로 5개가 나갑니다. 배가 재고 부족 뷰에 나타날까요?'
			},
			choices: [
				{
					text: { en: 'Yes, with 7', ko: '그렇다, 7개로' },
					correct: { view: { consumer: 'low-stock', key: 'pear.stock', equals: 7 } }
				},
				{
					text: { en: 'No', ko: '아니다' },
					correct: { view: { consumer: 'low-stock', key: 'pear', equals: null } }
				}
			],
			revealWhen: { trace: 'EventApplied', where: { consumer: 'low-stock', rows: 'pear' } },
			explain: {
				en: 'The projection updated one row when StockShipped arrived. Nobody had to replay the pear’s stream to answer.',
				ko: 'StockShipped가 도착하자 프로젝션이 한 줄을 고쳤습니다. 답하기 위해 배의 스트림을 리플레이할 필요가 없었습니다.'
			}
		},
		{ waitFor: { tick: 58 } },
		{ highlight: { nodes: ['low-stock'] } },
		{
			say: {
				en: 'Compare the costs now: a full scan loads {streams} streams and replays {events} events; the read model answers by reading {rows:low-stock} rows. Event sourcing is independent of CQRS in theory, but without it this query could not be served.',
				ko: '이제 비용을 비교해 봅시다. 풀 스캔은 스트림 {streams}개를 불러와 이벤트 {events}개를 리플레이합니다. read 모델은 {rows:low-stock}줄만 읽고 답합니다. 이론적으로 이벤트 소싱은 CQRS와 독립적이지만, CQRS 없이는 이런 질문에 대응할 수 없습니다.'
			}
		},
		{
			say: {
				en: 'So the system splits in two: the command side only stores events; the query side receives them and keeps views made for reading. Clients ask the query side.',
				ko: '그래서 시스템이 둘로 나뉩니다. Command Side는 이벤트를 저장하기만 하고, Query Side는 이벤트를 받아 조회하기 좋은 뷰를 유지합니다. 클라이언트는 데이터가 필요하면 Query Side에 묻습니다.'
			}
		}
	]
};
