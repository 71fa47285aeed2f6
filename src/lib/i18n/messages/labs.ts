/** The labs: /lab/snapshots, /lab/consistency and /compare. */
export const labs = {
	en: {
		'labs.snap.title': 'Snapshots: what a long-lived object costs to load',
		'labs.snap.lead':
			'The notes ask what happens to a domain object that lives for a very long time: every load replays all of its events. Here a counter stream of 10 to 100,000 events is loaded with a snapshot every 10, 100 or 1,000 events, or none.',
		'labs.snap.real':
			'The times are real measurements, made in this browser just now (a Web Worker folds the events with the engine’s own load path); they differ from machine to machine. Events replayed and storage are exact.',
		'labs.snap.truth':
			'Snapshots are an optimization: the events stay the truth. Change evolve (or the state’s shape) and an old snapshot gives a wrong state without any error, so snapshots carry a schema version and are deleted and rebuilt.',
		'labs.snap.measure': 'Measure again',
		'labs.snap.stop': 'Stop',
		'labs.snap.exportCsv': 'Export CSV',
		'labs.snap.progressLabel': 'Measurement progress',
		'labs.snap.progress': 'Measuring {length} events, {interval}: {done} of {total} done',
		'labs.snap.progressDone': 'Measured {total} combinations in {seconds} s.',
		'labs.snap.stopped': 'Stopped after {done} of {total}.',
		'labs.snap.failed': 'The measurement failed: {message}',
		'labs.snap.waiting': 'Waiting for the first measurement…',
		'labs.snap.none': 'no snapshots',
		'labs.snap.every': 'snapshot every {n}',
		'labs.snap.length': 'Stream length (events)',
		'labs.snap.interval': 'Snapshots',
		'labs.snap.replayCaption': 'Events replayed per load',
		'labs.snap.replayAxis': 'Events replayed per load',
		'labs.snap.replayNote':
			'Mean over the stream’s life: each command loads the stream (latest snapshot + the events after it) before it appends the next event.',
		'labs.snap.timeCaption': 'Measured time per load in this browser',
		'labs.snap.timeAxis': 'Time per load',
		'labs.snap.timeNote':
			'Median of {runs} runs; each run repeats loads at {loads} versions spread over the stream until it has taken {ms} ms.',
		'labs.snap.storageCaption': 'Storage: the events, and the snapshots on top of them',
		'labs.snap.eventsSeries': 'events (any interval)',
		'labs.snap.storageAxis': 'Bytes (JSON)',
		'labs.snap.storageNote':
			'Each record counted as its JSON in UTF-8. Snapshots add storage on top of the events; they never replace them. No snapshot exists yet where the stream is shorter than the interval.',
		'labs.snap.allCaption': 'Every measurement',
		'labs.snap.colMean': 'Replayed per load (mean)',
		'labs.snap.colWorst': 'Replayed per load (worst)',
		'labs.snap.colTime': 'Time per load',
		'labs.snap.colEvents': 'Event records',
		'labs.snap.colSnapshots': 'Snapshot records',
		'labs.snap.colBytes': 'Bytes (events + snapshots)',
		'labs.snap.lawTitle': 'state(n) = state(m) + events(m..n), checked on the measured stream',
		'labs.snap.lawRow':
			'n = {n}, {interval}: state({n}) = {full}; snapshot state({m}) + events {from}..{n} = {fromSnapshot}',
		'labs.snap.lawHolds': 'holds',
		'labs.snap.lawBroken': 'broken',
		'labs.snap.changed':
			'Pretend evolve changed after the snapshots were taken (amounts count double)',
		'labs.snap.changedNote':
			'The snapshot still holds the old evolve’s state, so “snapshot + tail” no longer equals a full replay, and nothing reports an error.'
	},
	ko: {
		'labs.snap.title': '스냅샷: 오래 사는 객체를 불러오는 비용',
		'labs.snap.lead':
			'노트는 아주 오래 사는 도메인 객체를 묻습니다. 불러올 때마다 모든 이벤트를 다시 재생해야 합니다. 여기서는 이벤트 10개에서 100,000개짜리 카운터 스트림을 스냅샷 없이, 또는 10·100·1,000개마다 스냅샷을 남기며 불러옵니다.',
		'labs.snap.real':
			'시간은 지금 이 브라우저에서 실제로 잰 값입니다(Web Worker가 엔진의 로드 경로로 이벤트를 폴드합니다). 기기마다 다릅니다. 재생한 이벤트 수와 저장 용량은 정확한 값입니다.',
		'labs.snap.truth':
			'스냅샷은 최적화일 뿐이고, 진실은 여전히 이벤트입니다. evolve(또는 상태의 모양)를 바꾸면 옛 스냅샷은 오류 없이 틀린 상태를 돌려줍니다. 그래서 스냅샷에는 스키마 버전을 붙이고, 지운 뒤 다시 만듭니다.',
		'labs.snap.measure': '다시 측정',
		'labs.snap.stop': '멈춤',
		'labs.snap.exportCsv': 'CSV 내보내기',
		'labs.snap.progressLabel': '측정 진행률',
		'labs.snap.progress': '이벤트 {length}개, {interval} 측정 중: {total}개 중 {done}개 완료',
		'labs.snap.progressDone': '{total}개 조합을 {seconds}초 동안 측정했습니다.',
		'labs.snap.stopped': '{total}개 중 {done}개에서 멈췄습니다.',
		'labs.snap.failed': '측정에 실패했습니다: {message}',
		'labs.snap.waiting': '첫 측정을 기다리는 중…',
		'labs.snap.none': '스냅샷 없음',
		'labs.snap.every': '{n}개마다 스냅샷',
		'labs.snap.length': '스트림 길이(이벤트 수)',
		'labs.snap.interval': '스냅샷',
		'labs.snap.replayCaption': '로드 한 번에 재생하는 이벤트 수',
		'labs.snap.replayAxis': '로드당 재생 이벤트 수',
		'labs.snap.replayNote':
			'스트림의 일생 동안의 평균입니다. 명령마다 다음 이벤트를 추가하기 전에 스트림을 불러옵니다(최신 스냅샷 + 그 뒤의 이벤트).',
		'labs.snap.timeCaption': '이 브라우저에서 잰 로드당 시간',
		'labs.snap.timeAxis': '로드당 시간',
		'labs.snap.timeNote':
			'{runs}번 측정한 값의 중앙값입니다. 한 번의 측정은 스트림 곳곳의 버전 {loads}개를 {ms}ms가 넘을 때까지 되풀이해 불러옵니다.',
		'labs.snap.storageCaption': '저장 용량: 이벤트, 그리고 그 위에 더해지는 스냅샷',
		'labs.snap.eventsSeries': '이벤트(간격과 무관)',
		'labs.snap.storageAxis': '바이트(JSON)',
		'labs.snap.storageNote':
			'레코드마다 UTF-8 JSON 크기로 셉니다. 스냅샷은 이벤트 위에 용량을 더할 뿐, 이벤트를 대신하지 않습니다. 스트림이 간격보다 짧으면 스냅샷은 아직 없습니다.',
		'labs.snap.allCaption': '모든 측정값',
		'labs.snap.colMean': '로드당 재생(평균)',
		'labs.snap.colWorst': '로드당 재생(최악)',
		'labs.snap.colTime': '로드당 시간',
		'labs.snap.colEvents': '이벤트 레코드',
		'labs.snap.colSnapshots': '스냅샷 레코드',
		'labs.snap.colBytes': '바이트(이벤트 + 스냅샷)',
		'labs.snap.lawTitle': '측정한 스트림에서 확인한 state(n) = state(m) + events(m..n)',
		'labs.snap.lawRow':
			'n = {n}, {interval}: state({n}) = {full}; 스냅샷 state({m}) + 이벤트 {from}..{n} = {fromSnapshot}',
		'labs.snap.lawHolds': '성립',
		'labs.snap.lawBroken': '깨짐',
		'labs.snap.changed': '스냅샷을 찍은 뒤 evolve가 바뀌었다고 가정하기(금액을 두 배로 셈)',
		'labs.snap.changedNote':
			'스냅샷에는 옛 evolve로 만든 상태가 그대로 남아 있어서 “스냅샷 + 꼬리”가 전체 재생과 달라집니다. 그런데도 아무 오류가 나지 않습니다.'
	}
} as const;
