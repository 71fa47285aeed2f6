/** Lesson 18: the costs (the notes' downsides), ending in the sandbox. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const tradeOffs: LessonInput = {
	...listedAs('trade-offs'),
	scenario: {
		format: 'eventscope/2',
		title: 'A simple counter, the whole machinery',
		seed: 18,
		ticks: 55,
		domain: 'counter',
		options: { delivery: 'at-least-once', ackTimeout: 6 },
		network: { drop: 0.05, duplicate: 0.1, delayMin: 1, delayMax: 4 },
		consumers: [
			{ id: 'naive', readModel: 'counter-values' },
			{ id: 'safe', readModel: 'counter-values', idempotency: 'dedupe-id' }
		],
		commands: [
			{ at: 2, every: 3, repeat: 16, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
		],
		queries: [
			{ at: 20, consumer: 'safe' },
			{ at: 35, consumer: 'safe' },
			{ at: 50, consumer: 'safe' }
		]
	},
	steps: [
		{
			say: {
				en: 'The notes list the downsides: unfamiliar, a steep learning curve, everything asynchronous, eventual consistency, over-engineering, no uniqueness constraint, few ready-made tools.',
				ko: '노트가 꼽은 단점: 익숙하지 않고, 학습 곡선이 가파르고, 모든 과정이 비동기이고, eventual consistency라 중간중간 맞지 않을 수 있고, 과도한 엔지니어링이 되기 쉽고, 유일성 제약을 걸 수 없고, 만들어진 도구가 적다.'
			}
		},
		{ waitFor: { trace: 'MessageSent', count: 12 } },
		{
			say: {
				en: 'Count the moving parts for one counter: handler, event store, relay, broker, network, two consumers, two read models. A single table and "UPDATE … SET value = value + 1" would do the same job.',
				ko: '카운터 하나에 움직이는 부품을 세어 봅시다. 핸들러, 이벤트 저장소, 릴레이, 브로커, 네트워크, 컨슈머 둘, read 모델 둘. 테이블 하나와 "UPDATE … SET value = value + 1"이면 같은 일을 합니다.'
			}
		},
		{ waitFor: { trace: 'QueryAnswered', where: { stale: true }, since: 'start' } },
		{
			say: {
				en: 'Everything is asynchronous: this query was answered from a view that was behind. So far {count:staleReads} of {count:queries} reads were stale.',
				ko: '모든 과정이 비동기입니다. 이 조회는 뒤처진 뷰에서 답을 받았습니다. 지금까지 조회 {count:queries}번 중 {count:staleReads}번이 오래된 값이었습니다.'
			}
		},
		{ waitFor: { tick: 53 } },
		{
			say: {
				en: '{count:commands} commands became {events} events and {count:sent} message copies: {count:duplicated} duplicated, {count:dropped} lost, {count:redelivered} resent. Worth it when you need the history, audits, replays or many views; over-engineering for a settings page. Do not apply it everywhere.',
				ko: '커맨드 {count:commands}개가 이벤트 {events}개, 메시지 사본 {count:sent}개가 됐습니다. 중복 {count:duplicated}개, 유실 {count:dropped}개, 재전송 {count:redelivered}개. 이력, 감사, 리플레이, 여러 개의 뷰가 필요할 때는 값어치가 있지만, 설정 화면 하나에는 과도한 엔지니어링입니다. 모든 곳에 적용하려고 하지 마세요.'
			}
		},
		{
			say: {
				en: 'Your turn: open this scenario in the sandbox. Change one option at a time (delivery, idempotency, the network) and watch what breaks and what holds.',
				ko: '이제 직접 해 볼 차례입니다. 이 시나리오를 샌드박스에서 열고, 옵션을 하나씩 바꿔 보세요(전달 방식, 멱등성, 네트워크). 무엇이 깨지고 무엇이 버티는지 지켜보세요.'
			}
		}
	]
};
