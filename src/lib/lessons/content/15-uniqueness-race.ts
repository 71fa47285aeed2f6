/** Lesson 15: uniqueness checked against a lagging read model lets a duplicate in. */
import type { LessonInput } from '../schema';
import { listedAs } from '../listing';

export const uniquenessRace: LessonInput = {
	...listedAs('uniqueness-race'),
	scenario: {
		format: 'eventscope/2',
		title: 'Usernames checked against the read model',
		seed: 15,
		ticks: 45,
		domain: 'registration',
		options: { uniqueness: 'read-model-check', handlers: 2 },
		network: { delayMin: 2, delayMax: 5 },
		consumers: [{ id: 'usernames', readModel: 'usernames' }],
		commands: [
			{ at: 5, stream: 'user-1', type: 'RegisterUser', data: { username: 'alice' }, client: 'ann' },
			{ at: 5, stream: 'user-2', type: 'RegisterUser', data: { username: 'alice' }, client: 'bob' },
			{ at: 30, stream: 'user-3', type: 'RegisterUser', data: { username: 'alice' }, client: 'cy' }
		]
	},
	steps: [
		{
			say: {
				en: 'A relational database would put a UNIQUE index on the username. An event store has no constraint across streams: user-1 and user-2 are different streams. So the handler asks the usernames read model first: is this name taken?',
				ko: '관계형 DB라면 아이디에 UNIQUE 인덱스를 걸 것입니다. 하지만 이벤트 저장소에는 스트림을 가로지르는 제약이 없습니다. user-1과 user-2는 서로 다른 스트림입니다. 그래서 핸들러는 먼저 usernames read 모델에 묻습니다: 이 이름, 이미 있나요?'
			}
		},
		{ waitFor: { tick: 4 } },
		{
			ask: {
				en: 'Ann and Bob both register "alice" at tick 5. Will the check stop the second one?',
				ko: '앤과 밥이 5틱에 둘 다 "alice"로 가입합니다. 검사가 두 번째 가입을 막을까요?'
			},
			choices: [
				{
					text: { en: 'No: both are accepted', ko: '아니다: 둘 다 받아들여진다' },
					correct: { view: { consumer: 'usernames', key: 'alice', equals: 2 } }
				},
				{
					text: { en: 'Yes: the second is rejected', ko: '그렇다: 두 번째는 거부된다' },
					correct: { view: { consumer: 'usernames', key: 'alice', equals: 1 } }
				}
			],
			revealWhen: { trace: 'EventApplied', where: { consumer: 'usernames' }, count: 2 },
			explain: {
				en: 'The second handler checked the view before the first registration had reached it, so the view still said "free". Check, then append, is not one step: a race.',
				ko: '두 번째 핸들러가 검사할 때 첫 번째 가입은 아직 뷰에 도착하지 않았으므로 뷰는 "비어 있음"이라고 답했습니다. 검사하고 나서 추가하는 것은 한 단계가 아닙니다. 경쟁 상태입니다.'
			}
		},
		{ highlight: { rows: [{ consumer: 'usernames', key: 'alice' }] } },
		{ waitFor: { trace: 'CommandRejected' } },
		{
			say: {
				en: 'Later, Cy tries "alice" and is refused: by now the view has caught up. The check works only when nothing is in flight, which is exactly when you do not need it.',
				ko: '나중에 세 번째 사용자(cy)가 "alice"로 가입하려다 거부됩니다. 이제는 뷰가 따라잡았기 때문입니다. 이 검사는 처리 중인 것이 없을 때만 통하는데, 그때는 애초에 검사가 필요 없을 때입니다.'
			}
		}
	]
};
