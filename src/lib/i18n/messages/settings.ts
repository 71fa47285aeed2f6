/**
 * Strings of the sandbox settings form, the scenario JSON editor, share links and the saved
 * sandbox. Option values (`at-least-once`, `outbox`, ...) stay as they are written in scenario
 * files in both languages; the help text says what each means. Help follows the README's option
 * table and says where EventScope simplifies.
 */
export const settings = {
	en: {
		'settings.title': 'Settings',
		'settings.intro':
			'Settings apply to the whole run, from tick 0: a change replays the run from the start and keeps the cursor where it is.',
		'settings.expand': 'Show',
		'settings.collapse': 'Hide',
		'settings.examples': 'Examples',
		'settings.examples.choose': 'Open an example…',
		'settings.example.counter': 'Counter: add(5) delivered twice',
		'settings.example.cart': 'Cart: adds, a removal, a refused add',
		'settings.example.inventory': 'Inventory: which products are low?',
		'settings.example.registration': 'Registration: two users called alice',
		'settings.reset': 'Reset to example',
		'settings.reset.help': 'Replace your edits with the example of this domain.',
		'settings.loaded': 'Opened: {title}',
		'settings.error.number': 'must be a number',
		'settings.error.notApplied': 'Not applied: the run still uses the previous value.',

		'settings.group.run': 'Run',
		'settings.group.commands': 'Command side',
		'settings.group.publish': 'Publishing',
		'settings.group.network': 'Broker and network',
		'settings.group.read': 'Read side',
		'settings.group.json': 'Scenario JSON',

		'settings.domain': 'Domain',
		'settings.domain.help':
			'Which business the commands speak. Switching opens that domain’s example, since the commands differ.',
		'settings.scenarioTitle': 'Title',
		'settings.seed': 'Seed',
		'settings.seed.help':
			'Seeds every random draw (network, crashes). Same scenario and seed, same run.',
		'settings.newSeed': 'New seed',
		'settings.ticks': 'Ticks',
		'settings.ticks.help': 'Length of the run: ticks 1 to this; tick 0 is the initial state.',
		'settings.interventions': 'Interventions: {count}',
		'settings.interventions.help':
			'Your pokes at this run (drops, crashes…), replayed from their tick on.',
		'settings.interventions.clear': 'Clear interventions',

		'settings.eventStyle': 'Event style',
		'settings.eventStyle.help':
			'delta stores Add as Added {amount} (like add(5)); absolute stores the result, ValueSet {value} (like set(15)).',
		'settings.handlers': 'Command handlers',
		'settings.handlers.help': 'Handler instances working at once; two on one stream can conflict.',
		'settings.decideTicksMax': 'Decide time, max (ticks)',
		'settings.decideTicksMax.help':
			'Ticks from load to append, drawn from 1 to this: the window in which another handler can get in first.',
		'settings.retries': 'Retries',
		'settings.retries.help':
			'Reload-and-decide-again attempts after a version conflict before the command fails.',
		'settings.snapshotEvery': 'Snapshot every (events)',
		'settings.snapshotEvery.help':
			'Snapshot a stream every N events, so a load replays only the tail; 0 = never.',
		'settings.uniqueness': 'Username uniqueness',
		'settings.uniqueness.help':
			'none; read-model-check asks the usernames read model first (racy, needs a consumer with it); reservation claims a username-<name> stream first (one claim wins).',
		'settings.lowStockThreshold': 'Low-stock threshold',
		'settings.lowStockThreshold.help':
			'A product is low while its stock is below this (the low-stock read model).',

		'settings.publish': 'Publish mode',
		'settings.publish.help':
			'dual-write appends, then publishes as a second step that can be lost; outbox has a relay follow the store’s log from its checkpoint.',
		'settings.publishCrash': 'Publisher crash probability',
		'settings.publishCrash.help':
			'Chance that the dual-write publisher, or the outbox relay, crashes mid-publish.',
		'settings.relayRestartTicks': 'Relay restart (ticks)',
		'settings.relayRestartTicks.help':
			'Ticks the outbox relay stays down after a crash (outbox only).',

		'settings.broker': 'Broker',
		'settings.broker.help.log':
			'log (like Kafka): a stream’s events go to one partition, read in order over one connection; the group remembers one committed offset per partition.',
		'settings.broker.help.queue':
			'queue (like SQS or RabbitMQ): every copy travels on its own and the broker waits for an ack per message, so copies overtake each other.',
		'settings.partitions': 'Partitions',
		'settings.partitions.help':
			'A stream’s events all go to one partition (by a hash of its id); partitions are not ordered with respect to each other.',
		'settings.commitEvery': 'Commit every (records)',
		'settings.commitEvery.help':
			'At-least-once: a consumer commits its offset after this many records. A crash reads the uncommitted ones again.',
		'settings.sessionTimeout': 'Session timeout (ticks)',
		'settings.sessionTimeout.help':
			'Ticks before the group gives a silent (crashed or cut-off) member’s partitions to another.',
		'settings.delivery': 'Delivery',
		'settings.delivery.help.queue':
			'at-most-once: fire and forget. at-least-once: the broker sends again until it gets an ack.',
		'settings.delivery.help.log':
			'at-most-once: commit the offset before processing (a crash loses what was fetched). at-least-once: commit after (a crash reads it again).',
		'settings.ackTimeout': 'Ack timeout (ticks)',
		'settings.ackTimeout.help.queue':
			'Ticks the broker waits for an ack before sending again (at-least-once only).',
		'settings.ackTimeout.help.log':
			'Ticks a publisher waits for the broker’s ack before it writes the record again.',
		'settings.drop': 'Drop',
		'settings.drop.help.queue':
			'Probability that one message copy is lost. One network for every consumer (a simplification).',
		'settings.drop.help.log':
			'Probability that the broker’s ack to the publisher is lost, so it writes the event again (a duplicate record). To a consumer, a loss only costs a resend.',
		'settings.duplicate': 'Duplicate',
		'settings.duplicate.help.queue': 'Probability that a send also puts an extra copy on the wire.',
		'settings.duplicate.help.log':
			'Probability that the publisher’s request arrives twice: a second record of the event at a new offset.',
		'settings.delayMin': 'Delay, min (ticks)',
		'settings.delayMax': 'Delay, max (ticks)',
		'settings.delay.help':
			'Each copy takes a delay drawn uniformly from min to max ticks (at least 1).',

		'settings.readYourWrites': 'Read your writes',
		'settings.readYourWrites.help':
			'A query right after its client’s own command waits until the read model has applied it.',
		'settings.catchUpPerTick': 'Catch-up per tick (events)',
		'settings.catchUpPerTick.help':
			'Events a late consumer (start > 0) reads from the store per tick while catching up.',
		'settings.consumers': 'Consumers',
		'settings.consumers.help': 'Each consumer builds one read model from the events it receives.',
		'settings.consumer.legend': 'Consumer {id}',
		'settings.consumer.id': 'Id',
		'settings.consumer.readModel': 'Read model',
		'settings.consumer.idempotency': 'Idempotency',
		'settings.consumer.idempotency.help':
			'none applies every copy; dedupe-id skips an event id already applied; version-next applies only the next version per stream and holds a newer one until the gap is filled (for add); version-newer applies any newer version and skips older ones (for set).',
		'settings.consumer.instances': 'Instances',
		'settings.consumer.instances.help':
			'More than 1 makes a consumer group: under a log each partition belongs to one instance; under a queue, each stream.',
		'settings.consumer.startAt': 'Starts at tick',
		'settings.consumer.startAt.help':
			'It subscribes then. Under a log it reads every partition from the first offset; under a queue it first catches up from the store.',
		'settings.consumer.remove': 'Remove consumer {id}',
		'settings.consumer.add': 'Add consumer',
		'settings.consumer.removed':
			'Removed {id}, and {count} {count|query, fault or intervention|queries, faults or interventions} that named it.',

		'settings.json.label': 'Scenario JSON',
		'settings.json.help':
			'Commands, faults, queries and interventions are edited here. Apply replaces the whole scenario.',
		'settings.json.apply': 'Apply',
		'settings.json.revert': 'Revert',
		'settings.json.valid': 'Valid scenario.',
		'settings.json.unchanged': 'This is the scenario on screen.',
		'settings.json.errors': '{count} {count|problem|problems}:',
		'settings.json.more': '… and {n} more',
		'settings.json.stale': 'The run changed while you were editing. Revert to see it.',
		'settings.json.export': 'Export',
		'settings.json.import': 'Import',
		'settings.json.imported': 'Imported {name}.',
		'settings.json.importFailed':
			'{name} is not a valid scenario: it is in the editor with its problems listed, and the run is unchanged.',
		'settings.json.tooBig': '{name} is larger than {limit} bytes.',
		'settings.json.applied': 'Applied.'
	},
	ko: {
		'settings.title': '설정',
		'settings.intro':
			'설정은 0틱부터 실행 전체에 적용됩니다. 바꾸면 처음부터 다시 시뮬레이션하고, 커서는 그 자리에 둡니다.',
		'settings.expand': '펼치기',
		'settings.collapse': '접기',
		'settings.examples': '예제',
		'settings.examples.choose': '예제 열기…',
		'settings.example.counter': '카운터: add(5)가 두 번 전달됨',
		'settings.example.cart': '장바구니: 추가, 삭제, 거절된 추가',
		'settings.example.inventory': '재고: 어떤 상품이 부족한가?',
		'settings.example.registration': '회원 가입: alice라는 사용자 둘',
		'settings.reset': '예제로 되돌리기',
		'settings.reset.help': '수정한 내용을 이 도메인의 예제로 바꿉니다.',
		'settings.loaded': '열림: {title}',
		'settings.error.number': '숫자여야 합니다',
		'settings.error.notApplied': '적용되지 않음: 실행은 이전 값을 그대로 씁니다.',

		'settings.group.run': '실행',
		'settings.group.commands': '커맨드 쪽',
		'settings.group.publish': '발행',
		'settings.group.network': '브로커와 네트워크',
		'settings.group.read': '읽기 쪽',
		'settings.group.json': '시나리오 JSON',

		'settings.domain': '도메인',
		'settings.domain.help':
			'커맨드가 다루는 업무입니다. 도메인마다 커맨드가 달라서, 바꾸면 그 도메인의 예제가 열립니다.',
		'settings.scenarioTitle': '제목',
		'settings.seed': '시드',
		'settings.seed.help':
			'모든 무작위 값(네트워크, 장애)의 씨앗입니다. 같은 시나리오와 시드면 같은 실행입니다.',
		'settings.newSeed': '새 시드',
		'settings.ticks': '틱 수',
		'settings.ticks.help': '실행 길이: 1틱부터 이 틱까지. 0틱은 초기 상태입니다.',
		'settings.interventions': '개입: {count}개',
		'settings.interventions.help':
			'이 실행에 직접 한 조작(메시지 유실, 크래시 등)으로, 그 틱부터 다시 실행됩니다.',
		'settings.interventions.clear': '개입 지우기',

		'settings.eventStyle': '이벤트 형태',
		'settings.eventStyle.help':
			'delta는 Add를 증가분(Added {amount}, add(5)처럼)으로, absolute는 결과값(ValueSet {value}, set(15)처럼)으로 저장합니다.',
		'settings.handlers': '커맨드 핸들러 수',
		'settings.handlers.help':
			'동시에 일하는 핸들러 인스턴스 수. 둘이 한 스트림을 건드리면 충돌할 수 있습니다.',
		'settings.decideTicksMax': '결정 시간 최대(틱)',
		'settings.decideTicksMax.help':
			'로드부터 추가까지 걸리는 틱으로, 1부터 이 값 사이에서 뽑습니다. 이 사이에 다른 핸들러가 먼저 쓸 수 있습니다.',
		'settings.retries': '재시도',
		'settings.retries.help':
			'버전 충돌 뒤 다시 로드하고 다시 결정하는 횟수. 넘으면 커맨드가 실패합니다.',
		'settings.snapshotEvery': '스냅샷 간격(이벤트)',
		'settings.snapshotEvery.help':
			'스트림의 이벤트 N개마다 스냅샷을 찍어, 로드할 때 뒷부분만 리플레이합니다. 0이면 찍지 않습니다.',
		'settings.uniqueness': '사용자 이름 유일성',
		'settings.uniqueness.help':
			'none: 검사 없음. read-model-check: usernames read 모델에 먼저 묻습니다(경쟁 상태가 있고, 그 모델을 만드는 컨슈머가 필요). reservation: username-<이름> 스트림을 먼저 선점합니다(하나만 성공).',
		'settings.lowStockThreshold': '재고 부족 기준',
		'settings.lowStockThreshold.help':
			'재고가 이 값보다 적으면 부족한 상품입니다(low-stock read 모델).',

		'settings.publish': '발행 방식',
		'settings.publish.help':
			'dual-write는 저장한 뒤 두 번째 단계로 발행하며 이 단계가 유실될 수 있습니다. outbox는 릴레이가 체크포인트부터 저장소의 로그를 따라갑니다.',
		'settings.publishCrash': '발행자 크래시 확률',
		'settings.publishCrash.help':
			'dual-write 발행자나 outbox 릴레이가 발행 도중 크래시할 확률입니다.',
		'settings.relayRestartTicks': '릴레이 재시작(틱)',
		'settings.relayRestartTicks.help': '크래시 뒤 outbox 릴레이가 멈춰 있는 틱 수(outbox에서만).',

		'settings.broker': '브로커',
		'settings.broker.help.log':
			'log(Kafka처럼): 한 스트림의 이벤트는 한 파티션으로 가고, 연결 하나로 순서대로 읽힙니다. 그룹은 파티션마다 커밋된 오프셋 하나를 기억합니다.',
		'settings.broker.help.queue':
			'queue(SQS나 RabbitMQ처럼): 사본이 하나씩 따로 이동하고 브로커는 메시지마다 ack를 기다리므로, 사본이 서로 앞지릅니다.',
		'settings.partitions': '파티션 수',
		'settings.partitions.help':
			'한 스트림의 이벤트는 모두 한 파티션으로 갑니다(ID의 해시로). 파티션끼리는 순서가 없습니다.',
		'settings.commitEvery': '커밋 간격(레코드)',
		'settings.commitEvery.help':
			'적어도 1번 전달: 컨슈머가 이만큼 처리할 때마다 오프셋을 커밋합니다. 크래시가 나면 커밋하지 않은 것을 다시 읽습니다.',
		'settings.sessionTimeout': '세션 타임아웃(틱)',
		'settings.sessionTimeout.help':
			'응답 없는(크래시했거나 끊긴) 멤버의 파티션을 그룹이 다른 멤버에게 넘기기까지의 틱 수.',
		'settings.delivery': '전달 보장',
		'settings.delivery.help.queue':
			'at-most-once: 보내고 잊습니다. at-least-once: 브로커가 ack를 받을 때까지 다시 보냅니다.',
		'settings.delivery.help.log':
			'at-most-once: 처리하기 전에 오프셋을 커밋합니다(크래시하면 가져온 것을 잃습니다). at-least-once: 처리한 뒤 커밋합니다(크래시하면 다시 읽습니다).',
		'settings.ackTimeout': 'ack 타임아웃(틱)',
		'settings.ackTimeout.help.queue':
			'브로커가 다시 보내기 전에 ack를 기다리는 틱 수(at-least-once에서만).',
		'settings.ackTimeout.help.log':
			'발행자가 브로커의 ack를 기다리다가 레코드를 다시 쓰기까지의 틱 수.',
		'settings.drop': '유실',
		'settings.drop.help.queue':
			'메시지 사본 하나가 사라질 확률. 모든 컨슈머가 한 네트워크를 씁니다(단순화).',
		'settings.drop.help.log':
			'브로커가 발행자에게 보낸 ack가 사라질 확률. 발행자는 이벤트를 다시 씁니다(중복 레코드). 컨슈머 쪽에서는 유실이 재전송 지연일 뿐입니다.',
		'settings.duplicate': '중복',
		'settings.duplicate.help.queue': '보낼 때 사본이 하나 더 전송될 확률.',
		'settings.duplicate.help.log':
			'발행자의 요청이 두 번 도착할 확률: 같은 이벤트의 레코드가 새 오프셋에 하나 더 생깁니다.',
		'settings.delayMin': '지연 최소(틱)',
		'settings.delayMax': '지연 최대(틱)',
		'settings.delay.help': '사본마다 최소~최대 틱 사이에서 고르게 뽑은 지연이 걸립니다(최소 1).',

		'settings.readYourWrites': '자기 쓰기 읽기',
		'settings.readYourWrites.help':
			'클라이언트가 자기 커맨드 직후에 조회하면, read 모델이 그 커맨드를 반영할 때까지 기다립니다.',
		'settings.catchUpPerTick': '틱당 따라잡기(이벤트)',
		'settings.catchUpPerTick.help':
			'늦게 시작한 컨슈머(시작 > 0)가 따라잡는 동안 틱마다 저장소에서 읽는 이벤트 수.',
		'settings.consumers': '컨슈머',
		'settings.consumers.help': '컨슈머마다 받은 이벤트로 read 모델 하나를 만듭니다.',
		'settings.consumer.legend': '컨슈머 {id}',
		'settings.consumer.id': 'ID',
		'settings.consumer.readModel': 'read 모델',
		'settings.consumer.idempotency': '멱등성',
		'settings.consumer.idempotency.help':
			'none은 모든 사본을 적용합니다. dedupe-id는 이미 적용한 이벤트 ID를 건너뜁니다. version-next는 스트림별로 다음 버전만 적용하고, 빈 버전이 채워질 때까지 더 새 버전을 보류합니다(add용). version-newer는 더 새 버전이면 적용하고 지난 버전은 건너뜁니다(set용).',
		'settings.consumer.instances': '인스턴스 수',
		'settings.consumer.instances.help':
			'2 이상이면 컨슈머 그룹: 로그에서는 파티션마다, 큐에서는 스트림마다 한 인스턴스가 맡습니다.',
		'settings.consumer.startAt': '시작 틱',
		'settings.consumer.startAt.help':
			'이 틱에 구독합니다. 로그에서는 모든 파티션을 첫 오프셋부터 읽고, 큐에서는 먼저 저장소에서 따라잡습니다.',
		'settings.consumer.remove': '컨슈머 {id} 삭제',
		'settings.consumer.add': '컨슈머 추가',
		'settings.consumer.removed':
			'삭제했습니다: {id}, 그리고 그것을 가리키던 조회·장애·개입 {count}개.',

		'settings.json.label': '시나리오 JSON',
		'settings.json.help':
			'커맨드, 장애, 조회, 개입은 여기서 고칩니다. 적용하면 시나리오 전체가 바뀝니다.',
		'settings.json.apply': '적용',
		'settings.json.revert': '되돌리기',
		'settings.json.valid': '올바른 시나리오입니다.',
		'settings.json.unchanged': '화면의 시나리오와 같습니다.',
		'settings.json.errors': '문제 {count}개:',
		'settings.json.more': '… 그리고 {n}개 더',
		'settings.json.stale': '편집하는 동안 실행이 바뀌었습니다. 되돌리기를 누르면 보입니다.',
		'settings.json.export': '내보내기',
		'settings.json.import': '가져오기',
		'settings.json.imported': '가져왔습니다: {name}.',
		'settings.json.importFailed':
			'올바른 시나리오가 아닙니다: {name}. 편집기에 문제 목록과 함께 넣었고, 실행은 그대로입니다.',
		'settings.json.tooBig': '{limit}바이트보다 큰 파일입니다: {name}.',
		'settings.json.applied': '적용했습니다.'
	}
} as const;
