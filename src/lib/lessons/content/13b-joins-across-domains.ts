/**
 * One read model drawing on two domains' event stores (the cart and the inventory), so the join
 * a cart page needs is kept as events arrive; each domain's store keeps its own format. Runs on
 * a scenario with `domains`; its last step says that each store keeps its own positions and has
 * its own publisher.
 */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const joinsAcrossDomains: LessonInput = {
	...listedAs('joins-across-domains'),
	scenario: {
		format: 'eventscope/2',
		title: 'Carts joined with the products they hold',
		seed: 21,
		ticks: 50,
		domains: ['cart', 'inventory'],
		network: { delayMin: 1, delayMax: 3 },
		consumers: [{ id: 'carts', readModel: 'cart-view' }],
		commands: [
			{
				at: 1,
				stream: 'product-apple',
				type: 'ListProduct',
				data: { sku: 'apple', name: 'Apple' }
			},
			{ at: 1, stream: 'product-pear', type: 'ListProduct', data: { sku: 'pear', name: 'Pear' } },
			{ at: 3, stream: 'product-apple', type: 'ReceiveStock', data: { sku: 'apple', qty: 12 } },
			{ at: 3, stream: 'product-pear', type: 'ReceiveStock', data: { sku: 'pear', qty: 4 } },
			{ at: 6, stream: 'cart-ann', type: 'AddItem', data: { sku: 'apple', qty: 2 }, client: 'ann' },
			{ at: 7, stream: 'cart-ann', type: 'AddItem', data: { sku: 'pear', qty: 1 }, client: 'ann' },
			{ at: 9, stream: 'cart-bob', type: 'AddItem', data: { sku: 'apple', qty: 1 }, client: 'bob' },
			{ at: 20, stream: 'product-apple', type: 'ShipStock', data: { sku: 'apple', qty: 5 } },
			{ at: 28, stream: 'cart-bob', type: 'AddItem', data: { sku: 'fig', qty: 3 }, client: 'bob' },
			{ at: 36, stream: 'product-fig', type: 'ListProduct', data: { sku: 'fig', name: 'Fig' } }
		],
		queries: [{ at: 16, consumer: 'carts', client: 'ann' }]
	},
	steps: [
		{ chapter: { en: 'A join kept by the read side', ko: 'Query Side가 유지하는 조인' } },
		{
			say: {
				en: 'Two domains in one run: the cart (streams cart-…) and the inventory (streams product-…). Each decides alone, with its own event store. A cart page wants each line with the product’s name and stock: a join across the two domains.',
				ko: '한 실행에 도메인이 둘 있습니다. 장바구니(cart-… 스트림)와 재고(product-… 스트림)입니다. 각자 따로 결정하고 자기 이벤트 저장소를 가집니다. 장바구니 화면은 줄마다 상품 이름과 재고를 원합니다. 두 도메인에 걸친 조인입니다.'
			}
		},
		{ waitFor: { view: { consumer: 'carts', key: 'cart-ann', min: 2 } } },
		{
			highlight: { nodes: ['carts'], rows: [{ consumer: 'carts', key: 'cart-ann' }] }
		},
		{
			say: {
				en: 'The read model cart-view took ItemAdded from the cart’s store and ProductListed and StockReceived from the inventory’s, and joined them as they came. Ann’s apple line: {value:carts:cart-ann.apple}. One read model can hold the event stores of several domains, so joins are easy.',
				ko: 'read 모델 cart-view는 장바구니 저장소에서 ItemAdded를, 재고 저장소에서 ProductListed와 StockReceived를 받아 오는 대로 조인했습니다. 앤의 사과 줄: {value:carts:cart-ann.apple}. 하나의 read 모델이 여러 도메인의 이벤트 저장소를 가질 수 있어서, 조인 같은 것이 쉽게 가능합니다.'
			}
		},
		{ waitFor: { trace: 'QueryAnswered', where: { client: 'ann' } } },
		{
			ask: {
				en: 'The inventory ships 5 apples. Which rows of cart-view change?',
				ko: '재고에서 사과 5개가 출고됩니다. cart-view의 어느 줄이 바뀔까요?'
			},
			choices: [
				{
					text: {
						en: 'Ann’s and Bob’s: both carts hold apples',
						ko: '앤과 밥의 줄: 두 장바구니 모두 사과가 있다'
					},
					correct: {
						all: [
							{ trace: 'EventApplied', where: { consumer: 'carts', rows: 'cart-ann' } },
							{ trace: 'EventApplied', where: { consumer: 'carts', rows: 'cart-bob' } }
						]
					}
				},
				{
					text: {
						en: 'None: a cart’s row changes only with the cart’s own events',
						ko: '없다: 장바구니 줄은 장바구니 자기 이벤트로만 바뀐다'
					},
					correct: { not: { trace: 'EventApplied', where: { consumer: 'carts' } } }
				}
			],
			revealWhen: { view: { consumer: 'carts', key: 'cart-ann.apple.stock', equals: 7 } },
			explain: {
				en: 'Both: one event from the inventory’s store changed two rows, one per cart holding apples. The join is kept up to date as events arrive, so reading a cart stays one row, and no query joins anything.',
				ko: '둘 다입니다. 재고 저장소의 이벤트 하나가, 사과를 담은 장바구니마다 한 줄씩 두 줄을 바꿨습니다. 조인은 이벤트가 도착할 때마다 갱신되므로, 장바구니를 읽는 것은 여전히 한 줄이고 쿼리는 아무것도 조인하지 않습니다.'
			}
		},
		{ chapter: { en: 'Each store in its own format', ko: '저장소마다 자기 형식' } },
		{ highlight: { nodes: ['store'] } },
		{
			say: {
				en: 'Open the sandbox and show the event store as a SQL table: the cart’s store keeps the type and a JSON payload in cart_events; the inventory’s keeps a compact body, the fields in its schema’s order with the schema’s version, in inventory_events. The read model reads events, not rows: each domain’s event store is free to store them in its own format.',
				ko: '샌드박스에서 이벤트 저장소를 SQL 표로 보세요. 장바구니 저장소는 cart_events 표에 타입과 JSON 페이로드를 둡니다. 재고 저장소는 inventory_events 표에 스키마 순서대로 필드를 이어 붙인 짧은 본문과 스키마 버전을 둡니다. read 모델은 행이 아니라 이벤트를 읽습니다. 하나의 도메인 이벤트 저장소는 어떻게 저장하든 그 형식에 구애받지 않습니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'carts', rows: 'cart-bob' } } },
		{ highlight: { nodes: ['carts'], rows: [{ consumer: 'carts', key: 'cart-bob' }] } },
		{
			say: {
				en: 'Bob puts figs in his cart, a product the inventory has not listed yet: the cart domain never asks the inventory, each decides alone. The join has nothing to add yet: {value:carts:cart-bob.fig}.',
				ko: '밥이 아직 재고에 등록되지 않은 무화과를 장바구니에 담습니다. 장바구니 도메인은 재고에 묻지 않고 각자 따로 결정합니다. 조인할 상대가 아직 없습니다: {value:carts:cart-bob.fig}.'
			}
		},
		{ waitFor: { view: { consumer: 'carts', key: 'cart-bob.fig.name', equals: 'Fig' } } },
		{
			say: {
				en: 'The inventory lists fig; its event reaches cart-view, which fills the line in: {value:carts:cart-bob.fig}. Each store here is a store of its own: it numbers its events from 1 in its own positions (the picture draws a box per store) and has its own relay, so when one relay is down the other store’s events keep flowing. Both relays write to one broker, and each record says which store it came from.',
				ko: '재고가 무화과를 등록하고, 그 이벤트가 cart-view에 도착해 줄을 채웁니다: {value:carts:cart-bob.fig}. 여기서 두 저장소는 서로 다른 저장소입니다. 저장소마다 자기 위치 번호를 1부터 매기고(그림은 저장소마다 상자를 하나씩 그립니다) 자기 릴레이를 가지므로, 릴레이 하나가 멈춰도 다른 저장소의 이벤트는 계속 나갑니다. 두 릴레이는 메시지 브로커 하나에 쓰고, 레코드마다 어느 저장소에서 왔는지 적혀 있습니다.'
			}
		}
	]
};
