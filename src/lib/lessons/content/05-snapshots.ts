/** Lesson 5: a long-lived stream; replay cost; snapshots: state(n) = state(m) + events(m..n). */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const snapshots: LessonInput = {
	...listedAs('snapshots'),
	scenario: {
		format: 'eventscope/2',
		title: 'One counter, many events, a snapshot every 10',
		seed: 5,
		ticks: 60,
		domain: 'counter',
		options: { snapshotEvery: 10 },
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [
			{ at: 2, every: 2, repeat: 28, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'One counter receives a command every 2 ticks. To decide, the handler must load the counter: replay its events from the first one.',
				ko: '카운터 하나에 2틱마다 커맨드가 들어옵니다. 판단하려면 핸들러는 카운터를 첫 이벤트부터 리플레이해서 불러와야 합니다.'
			}
		},
		{ waitFor: { trace: 'CommandLoaded', where: { version: 9 } } },
		{ highlight: { streams: ['counter-1'] } },
		{
			say: {
				en: 'At version 9, a load replays 9 events. A stream that lives for years would replay millions on every command, and take a lot of storage.',
				ko: '버전 9에서는 불러올 때 이벤트 9개를 리플레이합니다. 몇 년씩 사는 스트림이라면 커맨드마다 수백만 개를 리플레이하고, 저장 공간도 많이 차지합니다.'
			}
		},
		{ waitFor: { trace: 'SnapshotTaken' } },
		{
			say: {
				en: 'At version 10 the handler saves a snapshot, state(10), in a separate snapshot store. The events stay where they are.',
				ko: '버전 10에서 핸들러가 스냅샷, 즉 state(10)을 별도의 스냅샷 저장소에 저장합니다. 이벤트는 그대로 남아 있습니다.'
			}
		},
		{ waitFor: { trace: 'SnapshotTaken', where: { version: 20 } } },
		{
			ask: {
				en: 'A snapshot now exists at version 20. When the stream is at version 25, how many events does a load replay?',
				ko: '이제 버전 20에 스냅샷이 있습니다. 스트림이 버전 25일 때, 불러오면서 리플레이하는 이벤트는 몇 개일까요?'
			},
			choices: [
				{
					text: { en: '25: all of them', ko: '25개: 전부' },
					correct: { trace: 'CommandLoaded', where: { version: 25, eventsReplayed: 25 } }
				},
				{
					text: { en: '5: events 21 to 25, after the snapshot', ko: '5개: 스냅샷 이후의 21~25번' },
					correct: {
						trace: 'CommandLoaded',
						where: { version: 25, eventsReplayed: 5, snapshotVersion: 20 }
					}
				},
				{
					text: { en: 'None: the snapshot is the state', ko: '0개: 스냅샷이 곧 상태다' },
					correct: { trace: 'CommandLoaded', where: { version: 25, eventsReplayed: 0 } }
				}
			],
			revealWhen: { trace: 'CommandLoaded', where: { version: 25 } },
			explain: {
				en: 'state(25) = state(20) + events 21..25. In general, for 1 ≤ m ≤ n: state(n) = state(m) + eventIterator(m, n).',
				ko: 'state(25) = state(20) + 이벤트 21..25. 일반적으로 1 ≤ m ≤ n일 때 state(n) = state(m) + eventIterator(m, n)입니다.'
			}
		},
		{
			say: {
				en: 'A snapshot is an optimization; the events stay the truth. In real systems, if you change how events are applied, old snapshots give wrong state and must be rebuilt. EventScope does not simulate code changes.',
				ko: '스냅샷은 최적화일 뿐, 정답은 여전히 이벤트입니다. 실제 시스템에서는 이벤트를 적용하는 코드가 바뀌면 옛 스냅샷이 틀린 상태를 주므로 다시 만들어야 합니다. EventScope는 코드 변경은 시뮬레이션하지 않습니다.'
			}
		}
	]
};
