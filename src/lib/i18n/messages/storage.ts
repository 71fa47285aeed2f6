/**
 * Strings of the traditional baseline (`options.storage: "state"`): its settings, the picture's
 * row store, and the panel of rows and the audit log. Korean follows the notes: 상태 (state), and
 * "따로 남기는 로그" for the audit log.
 */
export const storage = {
	en: {
		'storage.setting': 'Storage',
		'storage.setting.help':
			'events appends events to the event store; state updates one row of current state in place, then writes an audit-log entry as a second write outside that transaction, and publishes the row as a set message.',
		'storage.logCrash': 'Audit-log crash probability',
		'storage.logCrash.help':
			'state: the chance that the process dies between the row update and its audit-log entry, so the entry is lost.',

		'domain.counter': 'Counter',
		'domain.cart': 'Cart',
		'domain.inventory': 'Inventory',
		'domain.registration': 'Registration',

		'storage.node.title': 'State (rows)',
		'storage.node.rows': '{n} {n|row|rows}',
		'storage.node.audit': 'audit log: {n}',
		'storage.node.lost': 'log lost: {n}',
		'storage.node.label': 'State store, {n} {n|row|rows}, audit log {audited}, lost {lost}',

		'storage.tab': 'State & audit log',
		'storage.rows.caption': 'Rows of current state, updated in place',
		'storage.rows.title': 'Rows (state)',
		'storage.rows.note':
			'One row per stream, overwritten by every accepted command: what it was before is gone.',
		'storage.rows.empty': 'No rows yet: one appears when a command is accepted.',
		'storage.col.stream': 'Stream',
		'storage.col.version': 'Ver.',
		'storage.col.state': 'State',
		'storage.col.tick': 'Updated',
		'storage.audit.caption': 'Audit log, a second write outside the transaction',
		'storage.audit.title': 'Audit log',
		'storage.audit.note':
			'Written after the row, outside its transaction, with only what the developer chose to log: the command, not what it changed.',
		'storage.audit.count': '{written} written, {lost} lost',
		'storage.audit.empty': 'No entries yet.',
		'storage.col.command': 'Command',
		'storage.col.entry': 'Entry',
		'storage.audit.lost': 'lost: the process crashed before this write',
		'storage.audit.lostShort': 'lost',

		'labs.cmp.preset.storage': 'state + audit log vs events',
		'labs.cmp.about.storage':
			'The same add(5) commands, stored two ways. State: one row updated in place, then an audit-log entry (lost 15% of the time) and a set message (lost 15% of the time, for good). Events: every event stays in the store, and the outbox publishes it even after a crash.',
		'labs.cmp.v.state-audit': 'state row + audit log',
		'labs.cmp.v.events-outbox': 'event store + outbox',
		'labs.cmp.events.state': 'StateSet (state message)',
		'labs.cmp.count.logLost': 'audit entries lost',

		'eventTable.toggle': 'As a SQL table',
		'eventTable.sql': 'The SQL that defines the event table',
		'eventTable.caption': 'The events table: key (stream_id, version), value (type, payload)',
		'eventTable.refused':
			'refused at tick {tick}: {command} expected version {expected}, so it inserted key {key}, which the table already holds. The primary key itself turns the stale append away.',
		'eventTable.several':
			'Each domain keeps its own event store, in its own format: one table per store below. The read side reads events, not rows, so the format is each store’s own business.',
		'eventTable.sqlOf': 'The SQL that defines {table}',
		'eventTable.captionOf':
			'The {domain} domain’s store, table {table}: key (stream_id, version), value ({columns})',
		'eventTable.noConflict':
			'No append refused yet. An append that expected a stale version would insert a key (stream_id, version) that is already taken, and the primary key would refuse it.'
	},
	ko: {
		'storage.setting': '저장 방식',
		'storage.setting.help':
			'events는 이벤트 저장소에 이벤트를 추가합니다. state는 현재 상태의 행 하나를 제자리에서 고친 뒤, 트랜잭션 밖의 두 번째 쓰기로 감사 로그를 남기고, 그 행을 상태 메시지(set)로 발행합니다.',
		'storage.logCrash': '감사 로그 크래시 확률',
		'storage.logCrash.help':
			'state: 행을 고친 뒤 감사 로그를 쓰기 전에 프로세스가 크래시되어 그 로그가 유실될 확률.',

		'domain.counter': '카운터',
		'domain.cart': '장바구니',
		'domain.inventory': '재고',
		'domain.registration': '회원 가입',

		'storage.node.title': '상태 (행)',
		'storage.node.rows': '행 {n}개',
		'storage.node.audit': '감사 로그 {n}건',
		'storage.node.lost': '로그 유실 {n}건',
		'storage.node.label': '상태 저장소, 행 {n}개, 감사 로그 {audited}건, 유실 {lost}건',

		'storage.tab': '상태와 감사 로그',
		'storage.rows.caption': '제자리에서 고쳐지는 현재 상태의 행',
		'storage.rows.title': '행 (상태)',
		'storage.rows.note':
			'스트림마다 행 하나를, 커맨드가 받아들여질 때마다 덮어씁니다. 이전 값은 남지 않습니다.',
		'storage.rows.empty': '아직 행이 없습니다. 커맨드가 받아들여지면 생깁니다.',
		'storage.col.stream': '스트림',
		'storage.col.version': '버전',
		'storage.col.state': '상태',
		'storage.col.tick': '고친 틱',
		'storage.audit.caption': '트랜잭션 밖의 두 번째 쓰기인 감사 로그',
		'storage.audit.title': '감사 로그',
		'storage.audit.note':
			'행을 고친 뒤 트랜잭션 밖에서 따로 남기는 로그입니다. 개발자가 고른 정보만 남습니다: 어떤 커맨드였는지만, 무엇이 바뀌었는지는 없습니다.',
		'storage.audit.count': '{written}건 기록, {lost}건 유실',
		'storage.audit.empty': '아직 기록이 없습니다.',
		'storage.col.command': '커맨드',
		'storage.col.entry': '기록',
		'storage.audit.lost': '유실: 이 쓰기 전에 프로세스가 크래시됨',
		'storage.audit.lostShort': '유실',

		'labs.cmp.preset.storage': '상태 + 감사 로그 대 이벤트',
		'labs.cmp.about.storage':
			'같은 add(5) 커맨드를 두 가지로 저장합니다. 상태: 행 하나를 제자리에서 고친 뒤 감사 로그(15% 유실)와 상태 메시지(15% 유실, 되찾을 수 없음)를 씁니다. 이벤트: 모든 이벤트가 저장소에 남고, 크래시 뒤에도 아웃박스가 발행합니다.',
		'labs.cmp.v.state-audit': '상태 행 + 감사 로그',
		'labs.cmp.v.events-outbox': '이벤트 저장소 + 아웃박스',
		'labs.cmp.events.state': 'StateSet (상태 메시지)',
		'labs.cmp.count.logLost': '유실된 감사 로그',

		'eventTable.toggle': 'SQL 표로 보기',
		'eventTable.sql': '이벤트 표를 정의하는 SQL',
		'eventTable.caption': '이벤트 표: 키는 (stream_id, version), 밸류는 (type, payload)',
		'eventTable.refused':
			'{tick}틱에 거부됨 ({command}): 기대한 버전 {expected}, 넣으려 한 키 {key}. 표에 이미 있는 키라서, 오래된 버전의 추가를 기본 키가 직접 막습니다.',
		'eventTable.several':
			'도메인마다 자기 이벤트 저장소를 자기 형식으로 둡니다. 아래에 저장소마다 표가 하나씩 있습니다. Query Side는 행이 아니라 이벤트를 읽으므로, 어떻게 저장하든 그 형식에 구애받지 않습니다.',
		'eventTable.sqlOf': '{table} 표를 정의하는 SQL',
		'eventTable.captionOf':
			'{domain} 도메인의 이벤트 저장소, {table} 표: 키는 (stream_id, version), 밸류는 ({columns})',
		'eventTable.noConflict':
			'아직 거부된 추가가 없습니다. 오래된 버전을 기대한 추가는 이미 있는 키 (stream_id, version)를 넣게 되고, 기본 키가 이를 거부합니다.'
	}
} as const;
