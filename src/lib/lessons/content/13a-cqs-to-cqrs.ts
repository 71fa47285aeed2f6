/**
 * CQS, then CQRS: a query answered with nothing appended (the store's head does not move), the
 * command side and the query side as two objects, then as two systems that fail apart with the
 * broker between them. Everything the captions claim is read off the run (claims.spec.ts).
 */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const cqsToCqrs: LessonInput = {
	...listedAs('cqs-to-cqrs'),
	scenario: {
		format: 'eventscope/2',
		title: 'Ann changes the counter, Bob asks for it',
		seed: 20,
		ticks: 60,
		domain: 'counter',
		network: { delayMin: 1, delayMax: 3 },
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [
			{ at: 3, every: 3, repeat: 3, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
			{
				at: 30,
				every: 3,
				repeat: 2,
				stream: 'counter-1',
				type: 'Add',
				data: { amount: 5 },
				client: 'ann'
			}
		],
		queries: [
			{ at: 16, consumer: 'view', client: 'bob' },
			{ at: 18, consumer: 'view', client: 'bob' },
			{ at: 20, consumer: 'view', client: 'bob' },
			{ at: 36, consumer: 'view', client: 'bob' }
		]
	},
	steps: [
		{ chapter: { en: 'CQS: a method answers or changes', ko: 'CQS: 메소드는 답하거나 바꾼다' } },
		{
			say: {
				en: 'Before CQRS there was CQS: a query does not change state. An object’s methods fall into two groups, like getters and setters: one only returns a result, the other only changes state. Here the object is the counter counter-1: Add(5) is a command, “what is the value?” a query.',
				ko: '원래는 CQS라는 게 있었습니다. 쿼리가 상태를 변경하지 않는다는 것입니다. getter, setter 같기도 합니다. 메소드를 두 그룹으로 나눠서 하나는 결과만 리턴하고 하나는 상태만 변경합니다. 여기서 그 객체는 counter-1입니다. Add(5)는 커맨드, “값이 얼마인가?”는 쿼리입니다.'
			}
		},
		{ waitFor: { trace: 'CommandAccepted', count: 3 } },
		{ highlight: { nodes: ['store'] } },
		{
			say: {
				en: 'Three Add(5) commands changed the state: the store holds {events} events. Each answered only “accepted”, never the value.',
				ko: 'Add(5) 커맨드 세 개가 상태를 바꿔 저장소에 이벤트 {events}개가 있습니다. 커맨드는 “수락됨”이라고만 답했고 값은 리턴하지 않았습니다.'
			}
		},
		{ waitFor: { tick: 14 } },
		{
			ask: {
				en: 'Bob now asks for the counter’s value three times. How many events do his three queries add to the event store?',
				ko: '이제 밥이 카운터 값을 세 번 묻습니다. 쿼리 세 번으로 이벤트 저장소에 이벤트가 몇 개 늘어날까요?'
			},
			choices: [
				{
					text: { en: 'None', ko: '하나도 없다' },
					correct: { not: { trace: 'EventAppended' } }
				},
				{
					text: { en: 'Three, one per query', ko: '쿼리마다 하나씩, 세 개' },
					correct: { trace: 'EventAppended', count: 3 }
				}
			],
			revealWhen: { trace: 'QueryAnswered', where: { client: 'bob' }, count: 3 },
			explain: {
				en: 'None: the store still holds {events} events and its head did not move. Each query read the view and returned {value:view:counter-1}; asked once or a hundred times, the state is the same. That is CQS’s rule.',
				ko: '하나도 없습니다. 저장소에는 여전히 이벤트 {events}개가 있고 끝 위치도 그대로입니다. 쿼리는 뷰를 읽어 값({value:view:counter-1})만 리턴했을 뿐입니다. 한 번 묻든 백 번 묻든 상태는 같습니다. 이것이 CQS의 원칙입니다.'
			}
		},
		{ chapter: { en: 'CQRS: two objects', ko: 'CQRS: 두 객체' } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'CQRS goes further and splits the object itself. The command side’s object (the handler) only takes commands and stores events; nothing in it answers “what is the value?”. The query side’s object (the read model “view”) only answers, and changes only by applying events. Bob asked the view.',
				ko: 'CQRS는 CQS에서 더 나아가 객체 단위에서 나눠 버립니다. Command Side의 객체(핸들러)는 커맨드를 받아 이벤트를 저장하기만 하고, “값이 얼마인가?”에 답하지 않습니다. Query Side의 객체(read 모델 “view”)는 답하기만 하고, 이벤트를 적용할 때만 바뀝니다. 밥은 뷰에 물었습니다.'
			}
		},
		{
			say: {
				en: 'Where the picture simplifies: in code the two objects can live in one process and even one database. EventScope always draws them apart, with the broker between them, as the next step does: two systems.',
				ko: '그림이 단순화한 부분이 있습니다. 코드에서는 두 객체가 한 프로세스, 심지어 한 데이터베이스에 있을 수도 있습니다. EventScope는 둘을 늘 떨어뜨려 그리고 그 사이에 메시지 브로커를 둡니다. 다음 단계, 두 시스템의 모습입니다.'
			}
		},
		{ chapter: { en: 'CQRS: two systems', ko: 'CQRS: 두 시스템' } },
		{ waitFor: { tick: 27 } },
		{ inject: { crash: 'view', duration: 13 } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'Go one step further and the two sides are separate systems, even separate applications: the Command Side and the Query Side, with the message broker between them. Now the query side crashes.',
				ko: '그 이상으로 가면 아예 시스템, 어플리케이션을 구분해 버립니다. Command Side와 Query Side 두 시스템이고, 그 사이에 메시지 브로커가 있습니다. 이제 Query Side가 크래시합니다.'
			}
		},
		{ waitFor: { trace: 'CommandAccepted', count: 2 } },
		{ highlight: { nodes: ['store'] } },
		{
			say: {
				en: 'The command side did not notice: Ann’s two Add(5) were stored, and the store holds {events} events. Those the view has not read wait for it in the outbox and the broker.',
				ko: 'Command Side는 알아채지도 못했습니다. 앤의 Add(5) 두 개가 저장되어 저장소에는 이벤트 {events}개가 있습니다. 뷰가 아직 읽지 않은 이벤트는 아웃박스와 메시지 브로커에서 뷰를 기다립니다.'
			}
		},
		{ waitFor: { trace: 'QueryAnswered', where: { client: 'bob' } } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'Bob asks again while the view is down and gets {value:view:counter-1}: a stale read, {events} events in the store. (EventScope lets the view’s database answer while the process that applies events is down.)',
				ko: '뷰가 크래시한 동안 밥이 다시 묻습니다. 받은 값은 {value:view:counter-1}이고 저장소에는 이벤트 {events}개가 있으니, 오래된 읽기입니다. (EventScope에서는 이벤트를 적용하는 프로세스가 크래시해도 뷰의 데이터베이스는 답합니다.)'
			}
		},
		{ waitFor: { converged: 'view' } },
		{
			say: {
				en: 'Restarted, the view reads on from where it stopped and catches up: {value:view:counter-1}. Two systems fail apart, each built for its job; the price is that for a while they disagree: eventual consistency.',
				ko: '재시작한 뷰는 멈춘 곳부터 이어 읽고 따라잡습니다: {value:view:counter-1}. 두 시스템은 따로 크래시하고 각자 자기 일에 맞게 만들어집니다. 대가는 한동안 둘이 맞지 않는다는 것, eventual consistency입니다.'
			}
		}
	]
};
