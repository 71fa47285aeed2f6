/** Lesson 14: eventual consistency; a stale read, the lag, and read-your-writes. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const eventualConsistency: LessonInput = {
	...listedAs('eventual-consistency'),
	scenario: {
		format: 'eventscope/2',
		title: 'Ann writes, Bob and Ann read',
		seed: 14,
		ticks: 30,
		domain: 'counter',
		options: { readYourWrites: true },
		network: { delayMin: 3, delayMax: 5 },
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [{ at: 5, stream: 'counter-1', type: 'Add', data: { amount: 5 }, client: 'ann' }],
		queries: [
			{ at: 7, consumer: 'view', client: 'bob' },
			{ at: 7, consumer: 'view', client: 'ann' },
			{ at: 22, consumer: 'view', client: 'bob' }
		]
	},
	steps: [
		{
			say: {
				en: 'The query side is updated asynchronously, after the event is stored. For a while the two disagree: eventual consistency.',
				ko: 'Query Side는 이벤트가 저장된 다음에 비동기로 갱신됩니다. 그동안 둘은 서로 다를 수 있습니다. eventual consistency(최종적 일관성)입니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended' } },
		{ highlight: { events: [1] } },
		{
			say: {
				en: 'Ann’s Add(5) is stored. The view has not heard of it yet.',
				ko: '앤의 Add(5)가 저장됐습니다. 뷰는 아직 모릅니다.'
			}
		},
		{ waitFor: { trace: 'QueryAnswered', where: { client: 'bob' } } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'Bob read the view just now and got the old value: a stale read, one event behind. The lag is how asynchronous read models work, not a bug.',
				ko: '밥이 방금 뷰를 읽고 옛 값을 받았습니다. 이벤트 하나만큼 뒤처진, 오래된 읽기입니다. 이 지연은 비동기 read 모델의 작동 방식이지 버그가 아닙니다.'
			}
		},
		{
			ask: {
				en: 'Ann reads right after her own write, with read-your-writes on. What does she get?',
				ko: 'read-your-writes가 켜진 상태에서 앤이 자기가 쓴 직후에 읽습니다. 무엇을 받을까요?'
			},
			choices: [
				{
					text: {
						en: 'She waits until the view has her write, then gets a fresh answer',
						ko: '뷰에 자기 쓰기가 반영될 때까지 기다렸다가 최신 값을 받는다'
					},
					correct: { trace: 'QueryAnswered', where: { client: 'ann', stale: false } }
				},
				{
					text: { en: 'The same stale value as Bob', ko: '밥과 같은 오래된 값' },
					correct: { trace: 'QueryAnswered', where: { client: 'ann', stale: true } }
				}
			],
			revealWhen: { trace: 'QueryAnswered', where: { client: 'ann' } },
			explain: {
				en: 'Read-your-writes: remember your own write and wait until the view has applied it. Ann waited a few ticks; Bob, who wrote nothing, did not wait.',
				ko: 'read-your-writes: 자기가 쓴 것을 기억해 두고, 뷰가 그것을 적용할 때까지 기다립니다. 앤은 몇 틱 기다렸고, 아무것도 쓰지 않은 밥은 기다리지 않았습니다.'
			}
		},
		{ waitFor: { trace: 'QueryAnswered', where: { client: 'bob' } } },
		{
			say: {
				en: 'Later Bob reads again and gets the new value. Once the writes stop, a read model that loses nothing and applies nothing twice converges; in between, things may not match. (The delivery lessons showed read models that never converge: that is a bug, not lag.)',
				ko: '나중에 밥이 다시 읽으면 새 값을 받습니다. 쓰기가 멈추면, 아무것도 잃지 않고 아무것도 두 번 적용하지 않는 read 모델은 결국 맞춰집니다. 그 사이에는 맞지 않을 수 있습니다. (전달 레슨에서 끝내 맞춰지지 않는 read 모델을 봤습니다. 그것은 지연이 아니라 버그입니다.)'
			}
		}
	]
};
