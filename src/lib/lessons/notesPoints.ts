/**
 * The notes EventScope was made from (../shared/seed/notes.ko.md), point by point, each with the
 * lesson (and, where one step carries it, the step) that lets a learner see it. `partly` marks a
 * point a lesson only touches: the table says so rather than claim more. The lessons index
 * renders this table; notesPoints.spec.ts holds every entry to an existing lesson and step.
 */
import type { Text } from './schema';

export interface NotesPoint {
	readonly id: string;
	/** The point in a few words: Korean close to the notes' own, English their rendering. */
	readonly text: Text;
	readonly lesson: string;
	/** 1-based step of the lesson that shows it, when one step does. */
	readonly step?: number;
	readonly partly?: boolean;
}

export const notesPoints: readonly NotesPoint[] = [
	{
		id: 'separate-log',
		text: {
			en: 'A log written beside the state is outside the transaction and holds only what the developer chose: data can be lost.',
			ko: '상태를 바꿀 때 따로 남기는 로그는 트랜잭션이 아니고 개발자가 고른 정보만 남겨 데이터가 유실될 수 있다.'
		},
		lesson: 'state-and-audit-log',
		step: 7
	},
	{
		id: 'state-or-events',
		text: {
			en: 'Traditionally the state is stored; event sourcing stores the events (the cart: item added, item removed).',
			ko: '전통적으로는 상태를 저장하고, 이벤트 소싱은 이벤트를 저장한다 (장바구니: 아이템 추가, 삭제).'
		},
		lesson: 'state-vs-events'
	},
	{
		id: 'stream-per-object',
		text: {
			en: 'One event stream per domain object.',
			ko: '도메인 오브젝트 하나당 하나의 이벤트 스트림.'
		},
		lesson: 'commands-and-events'
	},
	{
		id: 'command-validation',
		text: {
			en: 'A command passes validation and produces events, or an error is returned.',
			ko: '커맨드는 validation을 거쳐 이벤트를 만들고, 수행할 수 없으면 오류를 반환한다.'
		},
		lesson: 'commands-and-events'
	},
	{
		id: 'immutable-facts',
		text: {
			en: 'An event is an immutable fact, named in the past tense.',
			ko: '이벤트는 돌이킬 수 없는 사실, 불변 객체이고 과거형을 쓴다.'
		},
		lesson: 'commands-and-events'
	},
	{
		id: 'fold',
		text: {
			en: 'The state at version n folds every event from the initial value up to n.',
			ko: '버전 n의 상태는 초기값부터 n까지 모든 이벤트를 순서대로 집계한 결과.'
		},
		lesson: 'replay'
	},
	{
		id: 'atomicity',
		text: {
			en: 'Storing and sending are two writes: is atomicity lost again?',
			ko: '저장하면서 핸들러로 보내면 원자성은 없어지는 게 아닌가?'
		},
		lesson: 'dual-write'
	},
	{
		id: 'event-table',
		text: {
			en: 'In a relational DB the key is (object id, version), the value the event type and the serialized payload; the sandbox shows it as a SQL table.',
			ko: '관계형 DB에서는 키에 오브젝트 아이디와 버전, 밸류에 이벤트 타입과 직렬화된 페이로드를 둔다. 샌드박스의 SQL 표로 볼 수 있다.'
		},
		lesson: 'optimistic-concurrency',
		partly: true
	},
	{
		id: 'snapshots',
		text: {
			en: 'A long-lived object has many events; a snapshot store shortens the replay.',
			ko: '오래 살아남은 오브젝트는 이벤트가 많다. 스냅샷 저장소가 리플레이를 줄인다.'
		},
		lesson: 'snapshots'
	},
	{
		id: 'duplicated',
		text: { en: 'Messages can be duplicated.', ko: '메시지는 중복될 수 있다.' },
		lesson: 'duplicates'
	},
	{
		id: 'unordered',
		text: { en: 'Their order cannot be guaranteed.', ko: '순서를 보장할 수 없다.' },
		lesson: 'reordering'
	},
	{
		id: 'at-least-once',
		text: {
			en: 'Exactly-once delivery is hard; at-least-once delivery needs idempotency.',
			ko: '정확히 1번 전달은 어렵다. 적어도 1번 전달에는 멱등성이 필요하다.'
		},
		lesson: 'at-least-once'
	},
	{
		id: 'set-not-add',
		text: {
			en: 'add(5) cannot be idempotent; set(15) can.',
			ko: 'add(5)는 멱등하지 않고 set(15)는 멱등하다.'
		},
		lesson: 'duplicates'
	},
	{
		id: 'every-event-kept',
		text: {
			en: 'With event sourcing every event is stored; the traditional way can lose some set events.',
			ko: '이벤트 소싱은 모든 이벤트가 저장되어 유리하다. 전통적 방식은 일부 set 이벤트를 유실할 수도 있다.'
		},
		lesson: 'state-and-audit-log',
		step: 10
	},
	{
		id: 'one-consumer',
		text: {
			en: 'Event stream, message broker, consumer: one event to one consumer.',
			ko: '이벤트 스트림, 메시지 브로커, 컨슈머: 1 이벤트에 1 컨슈머.'
		},
		lesson: 'consumer-groups'
	},
	{
		id: 'full-scan',
		text: {
			en: 'Products below 10 in stock: a full scan of the store, or a read model.',
			ko: '재고 10개 미만 상품: 이벤트 저장소 풀 스캔, 또는 read 모델.'
		},
		lesson: 'cqrs-low-stock'
	},
	{
		id: 'cqs',
		text: {
			en: 'CQS: queries do not change state; methods either return a result or change state. CQRS splits objects, then systems.',
			ko: 'CQS: 쿼리는 상태를 바꾸지 않는다. 메소드는 결과만 리턴하거나 상태만 바꾼다. CQRS는 객체를, 더 나아가 시스템을 나눈다.'
		},
		lesson: 'cqs-to-cqrs',
		step: 7
	},
	{
		id: 'two-sides',
		text: {
			en: 'Command Side stores events and sends them on; Query Side keeps views for reading.',
			ko: 'Command Side는 이벤트 저장소에 저장하고 전송하며, Query Side는 뷰를 만들고 유지한다.'
		},
		lesson: 'cqrs-low-stock'
	},
	{
		id: 'joins',
		text: {
			en: 'One read model can draw on several domains’ event stores, so joins are easy.',
			ko: '하나의 read 모델이 여러 도메인의 이벤트 저장소를 가질 수 있어 조인이 쉽다.'
		},
		lesson: 'joins-across-domains',
		step: 7
	},
	{
		id: 'own-format',
		text: {
			en: 'Each domain’s event store is free to store in its own format.',
			ko: '하나의 도메인 이벤트 저장소는 어떻게 저장하든 그 형식에 구애받지 않는다.'
		},
		lesson: 'joins-across-domains',
		step: 10
	},
	{
		id: 'eventual-consistency',
		text: {
			en: 'Everything is asynchronous; eventual consistency means reads can disagree for a while.',
			ko: '모든 과정이 비동기이고, eventual consistency이기 때문에 중간중간 맞지 않을 수 있다.'
		},
		lesson: 'eventual-consistency'
	},
	{
		id: 'uniqueness',
		text: {
			en: 'No uniqueness constraint of the database across streams.',
			ko: 'DB의 유일성 제약을 걸 수 없어 중복을 막기 쉽지 않다.'
		},
		lesson: 'uniqueness-race'
	},
	{
		id: 'trade-offs',
		text: {
			en: 'Unfamiliar, a steep learning curve, over-engineering, few tools: do not use it everywhere.',
			ko: '익숙하지 않고, 학습 곡선이 가파르고, 과도한 엔지니어링이 생기고, 도구가 적다.'
		},
		lesson: 'trade-offs'
	}
];
