/** Lesson 16: a reservation stream per username; the store serializes the race. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const reservation: LessonInput = {
	...listedAs('username-reservation'),
	scenario: {
		format: 'eventscope/2',
		title: 'Usernames reserved in their own streams',
		seed: 16,
		ticks: 30,
		domain: 'registration',
		options: { uniqueness: 'reservation', handlers: 2 },
		network: { delayMin: 2, delayMax: 5 },
		consumers: [{ id: 'usernames', readModel: 'usernames' }],
		commands: [
			{ at: 5, stream: 'user-1', type: 'RegisterUser', data: { username: 'alice' }, client: 'ann' },
			{ at: 5, stream: 'user-2', type: 'RegisterUser', data: { username: 'alice' }, client: 'bob' }
		]
	},
	steps: [
		{
			say: {
				en: 'A fix that needs one point where the race is decided: before registering, claim a stream named after the value, username-alice, appended with "no stream yet" as the expected version.',
				ko: '경쟁을 한곳에서 판가름하는 해결책: 가입하기 전에 값의 이름을 딴 스트림 username-alice를 "아직 스트림 없음"을 기대 버전으로 하여 추가합니다.'
			}
		},
		{ waitFor: { trace: 'EventAppended', where: { eventType: 'UsernameReserved' } } },
		{ highlight: { streams: ['username-alice'] } },
		{
			say: {
				en: 'Ann’s handler has reserved username-alice, then registered user-1.',
				ko: '앤의 핸들러가 username-alice를 예약하고 user-1을 가입시켰습니다.'
			}
		},
		{
			ask: {
				en: 'Bob’s handler now tries to create username-alice too, expecting no stream. What happens?',
				ko: '이제 밥의 핸들러도 "스트림 없음"을 기대하며 username-alice를 만들려고 합니다. 어떻게 될까요?'
			},
			choices: [
				{
					text: {
						en: 'A conflict: the stream exists, so Bob is rejected',
						ko: '충돌: 스트림이 이미 있으므로 밥은 거부된다'
					},
					correct: { trace: 'AppendConflict', where: { stream: 'username-alice' } }
				},
				{
					text: { en: 'Both reserve it', ko: '둘 다 예약한다' },
					correct: {
						trace: 'EventAppended',
						where: { stream: 'username-alice', version: 2 },
						since: 'start'
					}
				}
			],
			revealWhen: { trace: 'CommandRejected' },
			explain: {
				en: 'The store refuses a second "no stream" append to the same stream: its (stream, version) key is unique. One stream per value turns the uniqueness rule into optimistic concurrency.',
				ko: '저장소는 같은 스트림에 대한 두 번째 "스트림 없음" 추가를 거부합니다. (스트림, 버전) 키가 유일하기 때문입니다. 값마다 스트림 하나를 두면 유일성 규칙이 낙관적 동시성 제어로 바뀝니다.'
			}
		},
		{ waitFor: { trace: 'EventApplied', where: { consumer: 'usernames', rows: 'alice' } } },
		{ highlight: { rows: [{ consumer: 'usernames', key: 'alice' }] } },
		{
			say: {
				en: 'Only one alice. A simplification: here a reservation is never released if the registration fails afterwards; a real system must release or expire it.',
				ko: 'alice는 한 명뿐입니다. 단순화한 점: 여기서는 가입이 뒤에 실패해도 예약이 풀리지 않습니다. 실제 시스템은 예약을 풀거나 만료시켜야 합니다.'
			}
		}
	]
};
