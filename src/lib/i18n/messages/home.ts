/** Strings of the site header (beyond `common`), the home page, and the lessons done (marks, count). */
export const home = {
	en: {
		'home.title': 'EventScope: see event sourcing and CQRS happen',
		'home.lead':
			'EventScope is a visual, deterministic simulator of event sourcing and CQRS: commands become events in an event store, and a lossy broker carries them to read models that can fall behind, count twice or catch up.',
		'home.lead2':
			'Every run is a pure function of its scenario and seed, so you can stop time, step back, drop or duplicate a message, crash a consumer, and see exactly what changes.',
		'home.open': 'Open the sandbox',
		'home.openHint':
			'The sandbox opens on add(5) delivered twice: a counter, two read models, one duplicate.',
		'home.see': 'What you can see',
		'home.see1': 'Commands racing for the same stream, and the version check that stops them.',
		'home.see2':
			'Every copy of an event on the wire: dropped, duplicated, redelivered, applied or skipped.',
		'home.see3': 'Read models beside their truth: converged, diverged, or catching up.',
		'home.lessons': 'Lessons',
		'home.lessonsIntro':
			'Guided lessons: each is a small scene that asks you to predict, then shows what really happened.',
		'home.allLessons': 'All lessons',
		'home.notes.toggle': 'The notes, point by point: which lesson teaches each',
		'home.notes.count': '{n} {n|point|points}',
		'home.start': 'Start with lesson 1',
		'home.continue': 'Continue with lesson {n}',
		'home.startHint': 'Lesson {n}, “{title}”: one idea in a few minutes, then on to the next.',
		'home.picture.alt':
			'The sandbox at tick {tick}: commands become events in the store, the broker carries copies of them, a duplicate among them, to two read models that disagree.',
		'home.picture.caption': 'The sandbox: add(5) delivered twice, stopped mid-run.',
		'progress.done': 'Done',
		'progress.count': '{n} of {total} lessons done',
		'progress.clear': 'Forget lessons done'
	},
	ko: {
		'home.title': 'EventScope: 이벤트 소싱과 CQRS가 일어나는 모습을 보세요',
		'home.lead':
			'EventScope는 이벤트 소싱과 CQRS를 눈으로 보여 주는 결정적 시뮬레이터입니다. 커맨드는 이벤트 저장소의 이벤트가 되고, 메시지를 잃기도 하는 브로커가 그 이벤트를 read 모델로 나르며, read 모델은 뒤처지거나 두 번 세거나 따라잡습니다.',
		'home.lead2':
			'모든 실행은 시나리오와 시드의 순수 함수이므로 시간을 멈추고, 되돌리고, 메시지를 버리거나 복제하고, 컨슈머에 크래시를 일으키며 무엇이 바뀌는지 정확히 볼 수 있습니다.',
		'home.open': '샌드박스 열기',
		'home.openHint':
			'샌드박스는 add(5)가 두 번 전달되는 예제로 열립니다: 카운터 하나, read 모델 둘, 중복 하나.',
		'home.see': '볼 수 있는 것',
		'home.see1': '같은 스트림을 두고 경쟁하는 커맨드와, 그것을 막는 버전 검사.',
		'home.see2': '전송 중인 이벤트의 모든 사본: 유실, 중복, 재전송, 적용, 건너뜀.',
		'home.see3': '정답 옆에 놓인 read 모델: 수렴, 어긋남, 따라잡는 중.',
		'home.lessons': '레슨',
		'home.lessonsIntro':
			'안내 레슨: 짧은 장면마다 먼저 예측해 보게 한 뒤, 실제로 일어난 일을 보여 줍니다.',
		'home.allLessons': '모든 레슨',
		'home.notes.toggle': '노트의 항목마다, 그것을 가르치는 레슨',
		'home.notes.count': '항목 {n}개',
		'home.start': '레슨 1부터 시작하기',
		'home.continue': '레슨 {n} 이어서 하기',
		'home.startHint': '레슨 {n} “{title}”: 몇 분이면 되는 한 가지 생각, 이어서 다음 레슨.',
		'home.picture.alt':
			'{tick}틱의 샌드박스: 커맨드가 저장소의 이벤트가 되고, 브로커가 그 사본을 중복까지 포함해 서로 다른 값을 보이는 read 모델 둘로 나릅니다.',
		'home.picture.caption': '샌드박스: add(5)가 두 번 전달되는 실행을 중간에 멈춘 모습.',
		'progress.done': '완료',
		'progress.count': '레슨 {total}개 중 {n}개 완료',
		'progress.clear': '완료 기록 지우기'
	}
} as const;
