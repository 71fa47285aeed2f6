/**
 * The titles of the scenarios EventScope ships (the four examples, and the scenario of each
 * lesson, which the sandbox shows when a lesson is opened there) in Korean. A scenario's title
 * is data, written in English in the files and the share links; on a Korean screen a shipped
 * title is shown in Korean, and a title the user wrote stays as written. Kept here as a small
 * table, not beside the lessons, so the sandbox's first load does not pull in every lesson;
 * `scenarioTitles.spec.ts` fails when a shipped title has no entry.
 */
import type { Lang } from './locale.svelte';

export const koreanTitles: Readonly<Record<string, string>> = {
	// examples (lib/engine/scenario/examples.ts, examples/*.json)
	'add(5) delivered twice by a queue: at-least-once needs idempotent handling':
		'큐가 두 번 전달하는 add(5): 적어도 1번 전달에는 멱등한 처리가 필요하다',
	'A cart is a log of adds and removals; a checked-out cart refuses changes':
		'장바구니는 담기와 빼기의 로그이고, 결제한 장바구니는 변경을 거부한다',
	'Products below 10 in stock: replay every product, or ask the low-stock read model':
		'재고 10개 미만 상품: 모든 상품을 리플레이할까, low-stock read 모델에 물을까',
	'Two clients race for the username alice: no uniqueness constraint across streams':
		'아이디 alice를 두고 경쟁하는 두 클라이언트: 스트림을 가로지르는 유일성 제약은 없다',
	// the lessons' scenarios (lib/lessons/content)
	'A cart: its state, and its events': '장바구니 하나: 그 상태와 이벤트',
	'The cart as a row of state, with an audit log': '상태의 행으로 저장한 장바구니와 감사 로그',
	'A cart refuses what it cannot do': '할 수 없는 일은 거부하는 장바구니',
	'One counter, four versions': '카운터 하나, 버전 넷',
	'Ann and Bob order the last apples at once': '앤과 밥이 마지막 사과를 동시에 주문',
	'One counter, many events, a snapshot every 10': '카운터 하나, 많은 이벤트, 10개마다 스냅샷',
	'Dual write: append, then publish': '이중 쓰기: 추가한 뒤 발행',
	'Outbox: the relay follows the log': '아웃박스: 릴레이가 로그를 따라간다',
	'add(5) three times, one of them delivered twice': 'add(5) 세 번, 그중 하나는 두 번 전달',
	'ValueSet events: a duplicate, then a late one': 'ValueSet 이벤트: 중복 하나, 그다음 늦은 하나',
	'At-most-once delivery and a crash': '최대 1번 전달과 크래시',
	'At-least-once delivery and a crash before the ack': '적어도 1번 전달과 ack 전의 크래시',
	'A consumer group of two instances on a log of two partitions':
		'파티션 둘인 로그를 읽는, 인스턴스 둘로 된 컨슈머 그룹',
	'set(15) without a check, read from a log': '로그에서 읽는, 검사 없는 set(15)',
	'add(5) on a log: a producer retry and a crash before the commit':
		'로그 위의 add(5): 생산자의 재시도와 커밋 전 크래시',
	'Products below 10 in stock': '재고 10개 미만 상품',
	'Ann writes, Bob and Ann read': '앤이 쓰고, 밥과 앤이 읽는다',
	'Two domains, one read model: carts joined with their products':
		'두 도메인, 하나의 read 모델: 장바구니와 그 안의 상품을 조인한다',
	'Carts joined with the products they hold': '장바구니와 그 안의 상품을 조인한다',
	'Ann changes the counter, Bob asks for it': '앤은 카운터를 바꾸고, 밥은 값을 묻는다',
	'Usernames checked against the read model': 'read 모델로 검사하는 아이디',
	'Usernames reserved in their own streams': '각자의 스트림에 예약하는 아이디',
	'The removals read model starts at tick 30': '30틱에 시작하는 removals read 모델',
	'A simple counter, the whole machinery': '단순한 카운터에 장치를 전부 갖추면'
};

/** A scenario's title as shown in `lang`: a shipped title in Korean, anything else as written. */
export function scenarioTitle(title: string, lang: Lang): string {
	return (lang === 'ko' && koreanTitles[title]) || title;
}
