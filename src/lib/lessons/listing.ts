/**
 * The lessons in teaching order, each with its slug, its file under content/, its title, chapter
 * and summary: what the pages that list the lessons show, and what a lesson's page needs of the
 * others (its number, the next lesson's link), without loading the lessons themselves. This list
 * is where a lesson's title, chapter and summary are written: its file takes them from here
 * (`listedAs`), so a title is edited in one place. Plain data, importable anywhere (the
 * end-to-end tests read lessons in Node, without Vite); catalog.ts loads a lesson on demand.
 */
import type { LessonInput, Text } from './schema';

export interface CatalogEntry {
	readonly slug: string;
	/** Its file in content/, without `.ts`. */
	readonly file: string;
	readonly title: Text;
	/** Where a new chapter starts (see chapters.ts). */
	readonly chapter?: Text;
	readonly summary: Text;
}

export const catalog: readonly CatalogEntry[] = [
	{
		slug: 'state-vs-events',
		file: '01-state-vs-events',
		title: { en: 'State or events?', ko: '상태를 저장할까, 이벤트를 저장할까?' },
		chapter: { en: 'Event sourcing', ko: '이벤트 소싱' },
		summary: {
			en: 'A cart stored as its current state forgets what was removed; stored as events, it remembers.',
			ko: '현재 상태만 저장한 장바구니는 뺀 물건을 잊어버리지만, 이벤트로 저장한 장바구니는 기억합니다.'
		}
	},
	{
		slug: 'state-and-audit-log',
		file: '01b-state-and-audit-log',
		title: { en: 'A row of state and a log beside it', ko: '상태의 행과 따로 남기는 로그' },
		chapter: { en: 'Event sourcing', ko: '이벤트 소싱' },
		summary: {
			en: 'The traditional way: update the state in place, then write a log outside the transaction. A crash loses log entries, and nobody logged what was removed.',
			ko: '전통적인 방식: 상태를 제자리에서 고친 뒤 트랜잭션 밖에서 로그를 남깁니다. 크래시는 로그를 잃고, 무엇을 뺐는지는 아무도 남기지 않았습니다.'
		}
	},
	{
		slug: 'commands-and-events',
		file: '02-commands',
		title: {
			en: 'Commands are checked; events are facts',
			ko: '커맨드는 검증되고, 이벤트는 사실이다'
		},
		chapter: { en: 'Event sourcing', ko: '이벤트 소싱' },
		summary: {
			en: 'A command passes validation or is rejected; an event is an immutable fact in the past tense.',
			ko: '커맨드는 validation을 통과하거나 거부되고, 이벤트는 과거형으로 쓴 불변의 사실입니다.'
		}
	},
	{
		slug: 'replay',
		file: '03-replay',
		title: { en: 'Replay: state is a fold of events', ko: '리플레이: 상태는 이벤트를 집계한 결과' },
		chapter: { en: 'Event sourcing', ko: '이벤트 소싱' },
		summary: {
			en: 'The state at version n is every event up to n, applied in order to the initial value.',
			ko: '버전 n의 상태는 초기값에 버전 n까지의 이벤트를 순서대로 적용한 결과입니다.'
		}
	},
	{
		slug: 'optimistic-concurrency',
		file: '04-concurrency',
		title: { en: 'Two handlers, one stream: a conflict', ko: '핸들러 둘, 스트림 하나: 충돌' },
		chapter: { en: 'Event sourcing', ko: '이벤트 소싱' },
		summary: {
			en: 'An append names the version it expects; the loser reloads and decides again, and may now be refused.',
			ko: '이벤트를 추가할 때 기대하는 버전을 함께 보냅니다. 진 쪽은 다시 불러와 다시 판단하고, 이번에는 거부될 수도 있습니다.'
		}
	},
	{
		slug: 'snapshots',
		file: '05-snapshots',
		title: { en: 'A long-lived stream and its snapshots', ko: '오래 사는 스트림과 스냅샷' },
		chapter: { en: 'Event sourcing', ko: '이벤트 소싱' },
		summary: {
			en: 'Every load replays the whole stream, until a snapshot lets it replay only the tail.',
			ko: '불러올 때마다 스트림 전체를 리플레이하다가, 스냅샷이 생기면 그 뒤의 이벤트만 리플레이합니다.'
		}
	},
	{
		slug: 'dual-write',
		file: '06-dual-write',
		title: { en: 'Store, then send: the dual write', ko: '저장하고 나서 보내기: 이중 쓰기' },
		chapter: { en: 'Getting events out', ko: '이벤트 내보내기' },
		summary: {
			en: 'Appending and publishing are two writes; a crash in between loses the event for the read side.',
			ko: '추가와 발행은 서로 다른 두 번의 쓰기입니다. 그 사이에 크래시가 나면 read 쪽은 그 이벤트를 영영 받지 못합니다.'
		}
	},
	{
		slug: 'outbox',
		file: '07-outbox',
		title: {
			en: 'The outbox: one write, then a relay',
			ko: '아웃박스: 쓰기는 한 번, 나머지는 릴레이가'
		},
		chapter: { en: 'Getting events out', ko: '이벤트 내보내기' },
		summary: {
			en: 'A relay follows the store from its checkpoint: nothing is lost, but some events go out twice.',
			ko: '릴레이가 체크포인트부터 저장소를 따라가며 발행합니다. 잃어버리는 것은 없지만 어떤 이벤트는 두 번 나갑니다.'
		}
	},
	{
		slug: 'duplicates',
		file: '08-duplicates',
		title: { en: 'add(5) delivered twice', ko: '두 번 전달된 add(5)' },
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'A duplicated add(5) is counted twice; a consumer that remembers event ids skips the copy.',
			ko: '중복된 add(5)는 두 번 더해지고, 이벤트 id를 기억하는 컨슈머는 사본을 건너뜁니다.'
		}
	},
	{
		slug: 'reordering',
		file: '09-reordering',
		title: { en: 'set(15), and messages out of order', ko: 'set(15)와 뒤바뀐 순서' },
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'An absolute set is safe against an immediate duplicate but not against reordering; a newer-version check is.',
			ko: '절댓값을 쓰는 set은 중복에는 안전하지만 순서가 뒤바뀌면 위험합니다. 버전 검사가 필요합니다.'
		}
	},
	{
		slug: 'at-most-once',
		file: '10-at-most-once',
		title: { en: 'At-most-once: fire and forget', ko: '최대 1번 전달: 보내고 잊기' },
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'Without acks and resends, whatever reaches a crashed consumer is gone for good.',
			ko: 'ack도 재전송도 없으면, 크래시한 컨슈머에게 간 메시지는 영영 사라집니다.'
		}
	},
	{
		slug: 'at-least-once',
		file: '11-at-least-once',
		title: { en: 'At-least-once: a crash before the ack', ko: '적어도 1번 전달: ack 전의 크래시' },
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'The broker resends until it gets an ack, so a crash after applying and before acking applies an event twice.',
			ko: '브로커는 ack를 받을 때까지 다시 보냅니다. 적용한 뒤 ack 전에 크래시가 나면 이벤트가 두 번 적용됩니다.'
		}
	},
	{
		slug: 'consumer-groups',
		file: '12-consumer-groups',
		title: {
			en: 'One event, one consumer: consumer groups',
			ko: '1 이벤트에 1 컨슈머: 컨슈머 그룹'
		},
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'Instances of a group split a log’s partitions between them; after a crash, another member reads again from the committed offset.',
			ko: '그룹의 인스턴스들은 로그의 파티션을 나눠 맡습니다. 한 인스턴스가 크래시하면 다른 멤버가 커밋된 오프셋부터 다시 읽습니다.'
		}
	},
	{
		slug: 'log-order',
		file: '12b-log-order',
		title: {
			en: 'A log keeps order, a queue does not',
			ko: '로그는 순서를 지키고, 큐는 그렇지 않다'
		},
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'The same set(15) events and the same slow network: read from a log’s partition in order, even an unchecked set ends right.',
			ko: '같은 set(15) 이벤트, 같은 느린 네트워크: 로그의 파티션을 순서대로 읽으면 검사 없는 set도 맞게 끝납니다.'
		}
	},
	{
		slug: 'log-duplicates',
		file: '12c-log-duplicates',
		title: { en: 'Where a log’s duplicates come from', ko: '로그의 중복은 어디서 오는가' },
		chapter: { en: 'Delivery', ko: '메시지 전달' },
		summary: {
			en: 'A log never doubles a copy on the wire, yet add(5) can still be applied twice: a producer’s retry and a crash before the commit.',
			ko: '로그는 전송 중에 사본을 복제하지 않지만, add(5)는 여전히 두 번 적용될 수 있습니다: 생산자의 재시도와 커밋 전 크래시.'
		}
	},
	{
		slug: 'cqs-to-cqrs',
		file: '13a-cqs-to-cqrs',
		title: { en: 'From CQS to CQRS', ko: 'CQS에서 CQRS로' },
		chapter: { en: 'CQRS', ko: 'CQRS' },
		summary: {
			en: 'Queries change nothing; then the command side and the query side become two objects, then two systems.',
			ko: '쿼리는 상태를 바꾸지 않습니다. 그다음 Command Side와 Query Side가 두 객체로, 다시 두 시스템으로 나뉩니다.'
		}
	},
	{
		slug: 'cqrs-low-stock',
		file: '13-cqrs',
		title: {
			en: 'CQRS: products with fewer than 10 in stock',
			ko: 'CQRS: 재고 10개 미만 상품 목록'
		},
		chapter: { en: 'CQRS', ko: 'CQRS' },
		summary: {
			en: 'A full scan replays every product; a read model built for the question reads a few rows.',
			ko: '풀 스캔은 모든 상품을 리플레이하고, 그 질문을 위해 만든 read 모델은 몇 줄만 읽습니다.'
		}
	},
	{
		slug: 'joins-across-domains',
		file: '13b-joins-across-domains',
		title: {
			en: 'One read model, two domains’ event stores',
			ko: '하나의 read 모델, 두 도메인의 이벤트 저장소'
		},
		chapter: { en: 'CQRS', ko: 'CQRS' },
		summary: {
			en: 'cart-view joins the cart’s and the inventory’s events, so a cart page reads one row; each store keeps its own format.',
			ko: 'cart-view는 장바구니와 재고의 이벤트를 조인해서, 장바구니 화면은 한 줄만 읽습니다. 저장소마다 형식은 제각각입니다.'
		}
	},
	{
		slug: 'eventual-consistency',
		file: '14-eventual-consistency',
		title: { en: 'Stale reads and read-your-writes', ko: '오래된 읽기와 read-your-writes' },
		chapter: { en: 'CQRS', ko: 'CQRS' },
		summary: {
			en: 'A read model lags behind the store; a client can wait until it has seen its own write.',
			ko: 'read 모델은 저장소보다 늦습니다. 클라이언트는 자기가 쓴 것이 반영될 때까지 기다릴 수 있습니다.'
		}
	},
	{
		slug: 'late-read-model',
		file: '17-late-read-model',
		title: { en: 'A new read model from old events', ko: '옛 이벤트로 만드는 새 read 모델' },
		chapter: { en: 'CQRS', ko: 'CQRS' },
		summary: {
			en: 'A read model added later replays the store from the first event and answers a question nobody planned for.',
			ko: '나중에 추가한 read 모델은 첫 이벤트부터 저장소를 리플레이해서, 아무도 예상하지 못한 질문에 답합니다.'
		}
	},
	{
		slug: 'uniqueness-race',
		file: '15-uniqueness-race',
		title: { en: 'Two users called alice', ko: 'alice가 두 명' },
		chapter: { en: 'Downsides', ko: '단점' },
		summary: {
			en: 'Checking a lagging read model for a taken username is a race: a duplicate gets in.',
			ko: '늦게 따라오는 read 모델로 아이디 중복을 검사하면 경쟁 상태가 생겨 중복이 들어옵니다.'
		}
	},
	{
		slug: 'username-reservation',
		file: '16-reservation',
		title: { en: 'A reservation stream per username', ko: '아이디마다 예약 스트림 하나' },
		chapter: { en: 'Downsides', ko: '단점' },
		summary: {
			en: 'Claiming a stream named after the value, expecting no stream yet, lets exactly one registration win.',
			ko: '값의 이름을 딴 스트림을 "아직 없음"을 기대하며 만들면, 정확히 한 가입만 이깁니다.'
		}
	},
	{
		slug: 'trade-offs',
		file: '18-trade-offs',
		title: { en: 'Trade-offs: when it is too much', ko: '트레이드오프: 과할 때' },
		chapter: { en: 'Downsides', ko: '단점' },
		summary: {
			en: 'Everything is asynchronous, copies multiply, reads lag: worth it for some systems, over-engineering for many.',
			ko: '모든 것이 비동기이고, 사본이 늘어나고, 읽기는 늦습니다. 어떤 시스템에는 값어치가 있지만 많은 경우 과도한 엔지니어링입니다.'
		}
	}
];

/** What a lesson's file takes from its entry: its slug, title, chapter (if any) and summary. */
export function listedAs(
	slug: string
): Pick<LessonInput, 'slug' | 'title' | 'chapter' | 'summary'> {
	const entry = catalog.find((e) => e.slug === slug);
	if (!entry) throw new Error(`lesson "${slug}" is not in the catalog (lessons/listing.ts)`);
	const { title, chapter, summary } = entry;
	return chapter ? { slug, title, chapter, summary } : { slug, title, summary };
}
