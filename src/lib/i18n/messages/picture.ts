/**
 * What each abbreviation and count in the picture means: shown on hover and focus in the picture
 * (see sim/Term.svelte) and listed on /model under "What the picture shows" (#picture-<term>).
 */
export const picture = {
	en: {
		'picture.title': 'What the picture shows',
		'picture.intro':
			'Every short label and count in the sandbox picture, box by box. Point at one, or Tab to it, and the picture says the same.',
		'picture.more': 'What the picture shows',
		'picture.events':
			'How many events the event store holds: every command that succeeded appended one or more.',
		'picture.head':
			'The position of the newest event in the store (#1 is the first). Everything downstream catches up to the head.',
		'picture.streams':
			'How many event streams exist: one per domain object (say, one per counter).',
		'picture.snapshots':
			'How many snapshots the snapshot store has taken: a handler loads the latest and replays only the events after it.',
		'picture.version':
			'The stream a busy handler works on and the version it loaded; it appends only if the stream is still at that version.',
		'picture.retry':
			'How many times this command was retried after a version conflict (another handler appended first).',
		'picture.checkpoint':
			'The outbox relay’s checkpoint: the position of the last event it published. It resumes from here after a crash.',
		'picture.toPublish':
			'Events in the store the relay has not published yet: the head minus the checkpoint.',
		'picture.backAt': 'The crashed relay restarts at this tick.',
		'picture.dualWrite':
			'The handler writes to the store and then publishes to the broker, two writes with nothing joining them: a crash between them loses the event for the read side.',
		'picture.inFlight':
			'Copies on the wire right now: events on their way to consumers and acks on their way back.',
		'picture.unacked':
			'Deliveries the queue broker is still waiting to have acknowledged; one whose ack does not come in time is sent again (a redelivery).',
		'picture.noAcks':
			'At-most-once delivery: the broker forgets a copy once sent, so a lost copy is never sent again.',
		'picture.records': 'Records in the log broker: each event, appended once, kept in order.',
		'picture.partitions':
			'How many partitions the log is split into; order holds within a partition only.',
		'picture.lag':
			'How many records this consumer group still has to read: the log’s end minus its committed offset.',
		'picture.perConsumer':
			'Event copies on their way to this consumer right now (acks not counted).',
		'picture.acksOwed':
			'Events this instance has applied but not yet acknowledged; if it crashes now, the broker sends them again.',
		'picture.owns': 'The log partitions this instance reads, as its group shares them out.',
		'picture.row':
			'The first row of this read model: the key and the value the consumer has built so far.',
		'picture.truth':
			'What this row would be had every event been applied exactly once, in order: the read model differs from it.',
		'picture.waiting': 'Queries sent to a read model that have not been answered yet.',
		'picture.idempotency':
			'How this consumer treats a copy it may have seen already: no dedupe applies it again, dedupe by id skips a seen event, version rules skip old ones.',
		'picture.status':
			'The instance’s state: up, not started yet, crashed, cut off by a partition, or catching up.'
	},
	ko: {
		'picture.title': '그림이 보여 주는 것',
		'picture.intro':
			'샌드박스 그림의 짧은 표시와 숫자를 상자별로 설명합니다. 그림에서 표시를 가리키거나 탭 키로 옮겨 가도 같은 설명이 나옵니다.',
		'picture.more': '그림이 보여 주는 것',
		'picture.events':
			'이벤트 저장소에 있는 이벤트 수입니다. 성공한 커맨드마다 이벤트가 하나 이상 추가됩니다.',
		'picture.head':
			'저장소에서 가장 새 이벤트의 위치입니다(#1이 첫 이벤트). 뒤쪽의 모든 것이 헤드를 따라잡습니다.',
		'picture.streams':
			'이벤트 스트림 수입니다. 도메인 오브젝트 하나당 하나입니다(예: 카운터 하나당 하나).',
		'picture.snapshots':
			'스냅샷 저장소가 만든 스냅샷 수입니다. 핸들러는 최신 스냅샷을 읽고 그 뒤의 이벤트만 리플레이합니다.',
		'picture.version':
			'바쁜 핸들러가 다루는 스트림과 읽어 온 버전입니다. 스트림이 아직 그 버전일 때만 이벤트를 추가합니다.',
		'picture.retry':
			'버전 충돌(다른 핸들러가 먼저 추가함) 뒤에 이 커맨드를 다시 시도한 횟수입니다.',
		'picture.checkpoint':
			'아웃박스 릴레이의 체크포인트, 곧 마지막으로 발행한 이벤트의 위치입니다. 크래시 뒤에는 여기서 다시 시작합니다.',
		'picture.toPublish':
			'저장소에 있지만 릴레이가 아직 발행하지 않은 이벤트 수입니다. 헤드에서 체크포인트를 뺀 값입니다.',
		'picture.backAt': '크래시한 릴레이가 이 틱에 재시작합니다.',
		'picture.dualWrite':
			'핸들러가 저장소에 쓰고 나서 브로커에 발행합니다. 두 쓰기를 묶는 것이 없어서, 그 사이에 크래시하면 읽기 쪽은 그 이벤트를 잃습니다.',
		'picture.inFlight': '지금 전송 중인 사본입니다. 컨슈머로 가는 이벤트와 돌아오는 ack입니다.',
		'picture.unacked':
			'큐 브로커가 아직 ack를 기다리는 전달입니다. 제때 ack가 오지 않으면 다시 보냅니다(재전송).',
		'picture.noAcks':
			'최대 1번 전달입니다. 브로커는 보낸 사본을 잊으므로, 유실된 사본은 다시 보내지 않습니다.',
		'picture.records':
			'로그 브로커의 레코드 수입니다. 이벤트마다 한 번 추가되고 순서대로 남습니다.',
		'picture.partitions': '로그를 나눈 파티션 수입니다. 순서는 파티션 안에서만 보장됩니다.',
		'picture.lag':
			'이 컨슈머 그룹이 아직 읽을 레코드 수입니다. 로그 끝에서 커밋한 오프셋을 뺀 값입니다.',
		'picture.perConsumer': '지금 이 컨슈머로 가는 이벤트 사본 수입니다(ack는 세지 않음).',
		'picture.acksOwed':
			'이 인스턴스가 적용했지만 아직 ack를 보내지 않은 이벤트 수입니다. 지금 크래시하면 브로커가 다시 보냅니다.',
		'picture.owns': '그룹이 나누어 준, 이 인스턴스가 읽는 로그 파티션입니다.',
		'picture.row': '이 read 모델의 첫 행입니다. 컨슈머가 지금까지 만든 키와 값입니다.',
		'picture.truth':
			'모든 이벤트를 순서대로 하나씩 빠짐없이, 두 번 없이 적용했을 때의 값입니다. read 모델이 이 값과 어긋나 있습니다.',
		'picture.waiting': 'read 모델에 보냈지만 아직 답을 받지 못한 쿼리 수입니다.',
		'picture.idempotency':
			'이미 보았을지 모르는 사본을 이 컨슈머가 다루는 방식입니다. 중복 제거 없음은 다시 적용하고, ID로 중복 제거는 본 이벤트를 건너뛰고, 버전 규칙은 오래된 이벤트를 건너뜁니다.',
		'picture.status':
			'인스턴스의 상태입니다. 동작 중, 아직 시작 전, 크래시, 파티션으로 끊김, 따라잡는 중이 있습니다.'
	}
} as const;
