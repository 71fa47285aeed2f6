/** Lesson 3: state(n) is a fold of events 1..n; one stream through its versions. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const replay: LessonInput = {
	...listedAs('replay'),
	scenario: {
		format: 'eventscope/2',
		title: 'One counter, four versions',
		seed: 3,
		ticks: 30,
		domain: 'counter',
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [
			{ at: 2, stream: 'counter-1', type: 'Add', data: { amount: 5 } },
			{ at: 7, stream: 'counter-1', type: 'Add', data: { amount: 3 } },
			{ at: 12, stream: 'counter-1', type: 'Add', data: { amount: -2 } },
			{ at: 17, stream: 'counter-1', type: 'Add', data: { amount: 10 } }
		]
	},
	steps: [
		{
			say: {
				en: 'One stream per domain object: here, counter-1. Each event is keyed by (stream, version); versions count from 1.',
				ko: '도메인 오브젝트 하나당 이벤트 스트림 하나: 여기서는 counter-1입니다. 이벤트의 키는 (스트림, 버전)이고, 버전은 1부터 셉니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { version: 1 } } },
		{ highlight: { events: [1], streams: ['counter-1'] } },
		{
			say: {
				en: 'Version 1: Added(5). state(1) = 0 + 5 = 5.',
				ko: '버전 1: Added(5). state(1) = 0 + 5 = 5.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { version: 2 } } },
		{ highlight: { events: [1, 2], streams: ['counter-1'] } },
		{
			say: {
				en: 'Version 2: Added(3). state(2) = fold over events 1..2 = 0 + 5 + 3 = 8. Nothing stores "8": it is computed.',
				ko: '버전 2: Added(3). state(2) = 이벤트 1..2를 집계 = 0 + 5 + 3 = 8. "8"은 어디에도 저장되지 않고 계산됩니다.'
			}
		},
		{ waitFor: { trace: 'CommandReceived', where: { command: 'c3' } } },
		{
			ask: {
				en: 'The next command is Add(-2). What will state(3) be?',
				ko: '다음 커맨드는 Add(-2)입니다. state(3)은 얼마일까요?'
			},
			choices: [
				{
					text: { en: '6', ko: '6' },
					correct: { view: { consumer: 'view', key: 'counter-1', truth: true, equals: 6 } }
				},
				{
					text: { en: '-2', ko: '-2' },
					correct: { view: { consumer: 'view', key: 'counter-1', truth: true, equals: -2 } }
				},
				{
					text: { en: '8', ko: '8' },
					correct: { view: { consumer: 'view', key: 'counter-1', truth: true, equals: 8 } }
				}
			],
			revealWhen: { trace: 'EventAppended', where: { version: 3 } },
			explain: {
				en: 'state(3) = 0 + 5 + 3 - 2 = 6: every event from the first, in order. The latest state = load all events and apply them.',
				ko: 'state(3) = 0 + 5 + 3 - 2 = 6. 처음부터 모든 이벤트를 순서대로 적용합니다. 최신 상태 = 모든 이벤트를 불러와 적용한 결과.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { version: 4 } } },
		{ highlight: { events: [1, 2, 3, 4], streams: ['counter-1'] } },
		{
			say: {
				en: 'state(4) = 16. Press Back to step through the versions again: any past state can be rebuilt, because no event is ever lost.',
				ko: 'state(4) = 16. "이전" 버튼을 눌러 버전을 하나씩 되짚어 보세요. 이벤트가 하나도 사라지지 않으니 과거의 어떤 상태든 다시 만들 수 있습니다.'
			}
		}
	]
};
