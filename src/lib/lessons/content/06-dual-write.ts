/** Lesson 6: dual write; the publish after the append can be lost. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const dualWrite: LessonInput = {
	...listedAs('dual-write'),
	scenario: {
		format: 'eventscope/2',
		title: 'Dual write: append, then publish',
		seed: 6,
		ticks: 60,
		domain: 'counter',
		options: { publish: 'dual-write', publishCrash: 0.25 },
		consumers: [{ id: 'view', readModel: 'counter-values' }],
		commands: [
			{ at: 2, every: 3, repeat: 16, stream: 'counter-1', type: 'Add', data: { amount: 1 } }
		]
	},
	steps: [
		{
			say: {
				en: 'Storing an event and sending it to the handlers are two separate writes: first the append, then the publish. They are not one transaction.',
				ko: '이벤트를 저장하는 것과 read 쪽으로 발행하는 것은 별개의 두 번의 쓰기입니다. 먼저 추가하고, 그다음 발행합니다. 하나의 트랜잭션이 아닙니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied' } },
		{
			say: {
				en: 'The normal case: stored, published, applied by the read model.',
				ko: '정상적인 경우: 저장되고, 발행되고, read 모델에 적용됩니다.'
			}
		},
		{
			ask: {
				en: 'This publisher crashes 1 time in 4 between the two writes. What becomes of an event whose publish is lost?',
				ko: '이 발행자는 두 쓰기 사이에서 네 번에 한 번꼴로 크래시합니다. 발행을 잃어버린 이벤트는 어떻게 될까요?'
			},
			choices: [
				{
					text: {
						en: 'It stays in the store, but the read model never gets it',
						ko: '저장소에는 남지만 read 모델은 끝내 받지 못한다'
					},
					correct: { diverged: 'view' }
				},
				{
					text: {
						en: 'The command is rejected, so nothing is stored',
						ko: '커맨드가 거부되어 아무것도 저장되지 않는다'
					},
					correct: { trace: 'CommandRejected', since: 'start' }
				},
				{
					text: {
						en: 'A relay notices and publishes it later',
						ko: '릴레이가 알아채고 나중에 발행한다'
					},
					correct: { trace: 'Published', where: { by: 'relay' }, since: 'start' }
				}
			],
			revealWhen: { trace: 'PublishLost' },
			explain: {
				en: 'The append succeeded, so the event is a fact in the store; only the second write died. Nothing will ever send it again: the read model is now wrong, and stays wrong.',
				ko: '추가는 성공했으므로 이벤트는 저장소에 사실로 남습니다. 크래시로 잃은 것은 두 번째 쓰기뿐입니다. 아무도 다시 보내지 않으니 read 모델은 이제 틀렸고, 계속 틀린 채로 남습니다.'
			}
		},
		{ waitFor: { all: [{ tick: 55 }, { diverged: 'view' }] } },
		{ highlight: { nodes: ['view'] } },
		{
			say: {
				en: 'The notes ask: "doesn’t that lose atomicity again?" Yes. Awaiting the publish does not help: a crash between the two writes still loses it. Next: the outbox.',
				ko: '노트의 질문: "이렇게 되면 결국 원자성은 없어지는 게 아닌가?" 맞습니다. 발행을 기다려(await) 봐도 소용없습니다. 두 쓰기 사이에 크래시가 나면 여전히 잃어버립니다. 다음은 아웃박스입니다.'
			}
		}
	]
};
