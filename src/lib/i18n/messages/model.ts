/**
 * "How the model works": the tick order and every place where EventScope simplifies what real
 * systems do (README's section of the same name), so that no learner is taught something false.
 */
export const model = {
	en: {
		'model.title': 'How the model works',
		'model.intro':
			'Every run is a fold over integer ticks: the same scenario and seed give the same run, in any browser and in the command line. Here is what happens in one tick, and where EventScope simplifies what real systems do.',
		'model.tickTitle': 'One tick, in order',
		'model.tick.1':
			'Crashed nodes whose time is up come back; this tick’s faults and your interventions strike.',
		'model.tick.2':
			'Consumers whose start time has come subscribe (under a queue, a late one first reads old events from the store); under a log, a group whose member left or came back shares out its partitions again.',
		'model.tick.3':
			'Acks (under a log, offset commits) owed since the last tick go out; message copies due now arrive, or vanish if the network lost them.',
		'model.tick.4':
			'Under a queue, unacknowledged deliveries are sent again (at-least-once); under a log, each partition’s owner fetches the records it has not read yet, in offset order.',
		'model.tick.5':
			'Producer retries write their record again (log); the outbox relay publishes what the store gained.',
		'model.tick.6':
			'Commands arrive; handlers append what they decided earlier, then free handlers load and decide.',
		'model.tick.7': 'Queries are answered, or keep waiting for the client’s own write.',
		'model.realTitle': 'Modelled as real systems behave',
		'model.real.1':
			'Appends carry an expected version; a conflict makes the handler reload and decide again (EventStoreDB, Marten, Emmett), never re-append the same events.',
		'model.real.2':
			'Delivery is at-most-once or at-least-once. Exactly-once delivery to a read model in another database is a hard problem no broker solves for you; exactly-once effects come from idempotent consumers.',
		'model.real.3':
			'A dual write can lose an event between append and publish; an outbox relay never loses one but may publish it twice.',
		'model.real.4':
			'Two kinds of broker. A log (Kafka, Redpanda) keeps each partition in order, remembers one committed offset per partition and group, and after a crash the next owner reads again from that offset, in order. A queue (SQS, RabbitMQ) keeps an ack per message and sends again after a deadline, so copies overtake each other.',
		'model.real.6':
			'In a log, duplicates come from a producer that writes a record again when the broker’s ack is lost, and from a consumer that crashes after processing and before committing. In a queue they come from redeliveries after a timeout and from the network.',
		'model.real.5':
			'Read models lag behind the store by design; the truth column shows what perfect delivery would hold.',
		'model.brokersTitle': 'The two brokers, against real systems',
		'model.brokers.caption':
			'What each kind of broker does, in EventScope and in the systems it stands for.',
		'model.brokers.col.aspect': 'Aspect',
		'model.brokers.col.log': 'log: Kafka, Redpanda',
		'model.brokers.col.queue': 'queue: SQS, RabbitMQ',
		'model.brokers.col.esdb': 'EventStoreDB subscriptions',
		'model.brokers.order': 'Order',
		'model.brokers.order.log':
			'Total within a partition (a stream’s events share one); none across partitions.',
		'model.brokers.order.queue':
			'None: each copy travels alone, and a redelivery comes after later messages (SQS FIFO and a single RabbitMQ consumer keep order).',
		'model.brokers.order.esdb':
			'Catch-up: in order, like a log. Persistent: retries break the order, like a queue.',
		'model.brokers.memory': 'What it remembers',
		'model.brokers.memory.log': 'One committed offset per partition and group.',
		'model.brokers.memory.queue': 'An ack per message, with a deadline.',
		'model.brokers.memory.esdb':
			'Catch-up: the client’s checkpoint. Persistent: acks per event on the server.',
		'model.brokers.crash': 'After a crash',
		'model.brokers.crash.log':
			'After the session timeout, a live member reads again from the committed offset, in order. What was produced meanwhile waits in the log.',
		'model.brokers.crash.queue':
			'Unacked messages come back after their deadline, to any consumer, out of order.',
		'model.brokers.crash.esdb':
			'Catch-up: resume from the checkpoint. Persistent: unacked events are retried.',
		'model.brokers.dups': 'Duplicates come from',
		'model.brokers.dups.log':
			'A crash before the commit; a producer that writes again when the broker’s ack is lost.',
		'model.brokers.dups.queue':
			'A redelivery after a timeout (a slow ack counts as none); a crash before the ack; the network.',
		'model.brokers.dups.esdb': 'Retries after a timeout; a checkpoint saved after processing.',
		'model.simpleTitle': 'Where EventScope simplifies',
		'model.simple.1':
			'The store is one single-writer log, like EventStoreDB’s: global positions have no gaps. SQL-sequence stores (Marten) can have gaps and need a high-water mark. With several domains, each domain’s store is such a log, with its own positions and its own relay.',
		'model.simple.2':
			'Versions count from 1, as in Marten and Emmett (EventStoreDB counts from 0).',
		'model.simple.3':
			'Snapshots are always right here, because the code that applies events never changes during a run. In a real system, changing it can make old snapshots wrong.',
		'model.simple.4':
			'The relay publishes up to 8 events a tick and moves its checkpoint once per batch; a crash republishes the batch.',
		'model.simple.5':
			'Under a queue, when a consumer instance is down, the next live instance takes its streams at once. Under a log, the group waits for the session timeout, as Kafka does, then assigns partitions round robin; a cut-off member is treated like a crashed one.',
		'model.simple.6':
			'Consumers acknowledge (or commit) one tick after applying. Their read model and tracking data survive a crash; held events, unsent acks and what was fetched do not. Under a log, a lost copy on a consumer’s connection only arrives later (TCP sends it again); the network’s drop and duplicate act on the publisher’s link instead.',
		'model.simple.7':
			'A username reservation is never released if the registration then fails; a real system needs a compensating step.',
		'model.simple.8':
			'Changing a setting re-runs the whole scenario from tick 0. Interventions (drop, duplicate, delay a message; crash or restart a node) fork the timeline at the current tick instead.',
		'model.simple.9':
			'An unacknowledged delivery is sent again every ack timeout, at the same pace, until it is acknowledged. Real systems usually wait longer after each failed attempt and, after a set number of attempts, move the message to a dead-letter queue (the redrive policy of Amazon SQS, the delivery limit of RabbitMQ’s quorum queues).',
		'model.back': 'Open the sandbox'
	},
	ko: {
		'model.title': 'EventScope의 동작 원리',
		'model.intro':
			'모든 실행은 정수 틱을 차례로 접는 폴드(fold)입니다. 같은 시나리오와 시드는 어느 브라우저에서든, 커맨드 라인에서든 같은 실행을 만듭니다. 한 틱 안에서 일어나는 일과, EventScope가 실제 시스템을 단순화한 부분을 정리했습니다.',
		'model.tickTitle': '한 틱의 순서',
		'model.tick.1': '복구 시간이 된 노드가 돌아오고, 이번 틱의 장애와 사용자의 개입이 일어납니다.',
		'model.tick.2':
			'시작 시각이 된 컨슈머가 구독합니다(큐에서는 늦게 시작한 컨슈머가 먼저 이벤트 저장소에서 과거 이벤트를 읽습니다). 로그에서는 멤버가 빠지거나 돌아온 그룹이 파티션을 다시 나눕니다.',
		'model.tick.3':
			'지난 틱에 보내야 했던 ack(로그에서는 오프셋 커밋)가 나가고, 지금 도착할 메시지 사본이 도착합니다. 네트워크가 잃어버린 사본은 사라집니다.',
		'model.tick.4':
			'큐에서는 ack를 받지 못한 전달을 다시 보냅니다(적어도 1번 전달). 로그에서는 파티션마다 주인이 아직 읽지 않은 레코드를 오프셋 순서대로 가져옵니다.',
		'model.tick.5':
			'생산자의 재시도가 레코드를 다시 씁니다(로그). 아웃박스 릴레이가 저장소에 새로 쌓인 이벤트를 발행합니다.',
		'model.tick.6':
			'커맨드가 도착하고, 핸들러는 앞서 결정한 이벤트를 추가(append)한 뒤, 쉬는 핸들러가 상태를 불러와 결정합니다.',
		'model.tick.7': '쿼리에 답하거나, 클라이언트 자신의 쓰기가 반영될 때까지 기다립니다.',
		'model.realTitle': '실제 시스템처럼 모델링한 부분',
		'model.real.1':
			'이벤트 추가(append) 요청은 기대 버전을 함께 보냅니다. 충돌이 나면 핸들러는 같은 이벤트를 다시 넣지 않고, 상태를 다시 불러와 다시 결정합니다(EventStoreDB, Marten, Emmett).',
		'model.real.2':
			'전달은 최대 1번 전달이거나 적어도 1번 전달입니다. 다른 데이터베이스에 있는 read 모델로의 정확히 1번 전달은 어떤 브로커도 대신 풀어 주지 않는 해결하기 힘든 문제입니다. 정확히 1번의 효과는 멱등한 컨슈머로 얻습니다.',
		'model.real.3':
			'이중 쓰기(dual write)는 이벤트 추가와 발행 사이에서 이벤트를 잃을 수 있습니다. 아웃박스 릴레이는 잃지 않지만 두 번 발행할 수 있습니다.',
		'model.real.4':
			'브로커는 두 종류입니다. 로그(Kafka, Redpanda)는 파티션마다 순서를 지키고, 그룹과 파티션마다 커밋된 오프셋 하나를 기억하며, 크래시 뒤에는 다음 주인이 그 오프셋부터 순서대로 다시 읽습니다. 큐(SQS, RabbitMQ)는 메시지마다 ack를 기억하고 기한이 지나면 다시 보내므로, 사본이 서로 앞지릅니다.',
		'model.real.6':
			'로그에서 중복은 브로커의 ack를 잃은 생산자가 레코드를 다시 쓸 때, 그리고 처리한 뒤 커밋하기 전에 크래시한 컨슈머에게서 옵니다. 큐에서는 타임아웃 뒤의 재전송과 네트워크에서 옵니다.',
		'model.real.5':
			'read 모델은 설계상 저장소보다 늦습니다. 정답(truth) 열은 완벽한 전달이었다면 가졌을 값을 보여 줍니다.',
		'model.brokersTitle': '두 브로커와 실제 시스템',
		'model.brokers.caption':
			'브로커 종류마다 EventScope에서, 그리고 그것이 나타내는 시스템에서 하는 일.',
		'model.brokers.col.aspect': '항목',
		'model.brokers.col.log': '로그: Kafka, Redpanda',
		'model.brokers.col.queue': '큐: SQS, RabbitMQ',
		'model.brokers.col.esdb': 'EventStoreDB 구독',
		'model.brokers.order': '순서',
		'model.brokers.order.log':
			'파티션 안에서는 완전한 순서(한 스트림의 이벤트는 한 파티션). 파티션끼리는 순서 없음.',
		'model.brokers.order.queue':
			'없음: 사본이 하나씩 따로 이동하고, 재전송은 나중 메시지 뒤에 옵니다(SQS FIFO와 컨슈머가 하나인 RabbitMQ는 순서를 지킵니다).',
		'model.brokers.order.esdb':
			'캐치업: 로그처럼 순서대로. 퍼시스턴트: 재시도가 순서를 깨므로 큐와 같음.',
		'model.brokers.memory': '기억하는 것',
		'model.brokers.memory.log': '그룹과 파티션마다 커밋된 오프셋 하나.',
		'model.brokers.memory.queue': '메시지마다 기한이 있는 ack.',
		'model.brokers.memory.esdb':
			'캐치업: 클라이언트의 체크포인트. 퍼시스턴트: 서버가 이벤트마다 ack를 기억.',
		'model.brokers.crash': '크래시 뒤',
		'model.brokers.crash.log':
			'세션 타임아웃 뒤에 살아 있는 멤버가 커밋된 오프셋부터 순서대로 다시 읽습니다. 그동안 생긴 레코드는 로그에서 기다립니다.',
		'model.brokers.crash.queue':
			'ack 받지 못한 메시지는 기한이 지나면 아무 컨슈머에게나 순서 없이 다시 갑니다.',
		'model.brokers.crash.esdb':
			'캐치업: 체크포인트부터 다시. 퍼시스턴트: ack 받지 못한 이벤트를 재시도.',
		'model.brokers.dups': '중복이 오는 곳',
		'model.brokers.dups.log': '커밋 전 크래시, 그리고 브로커의 ack를 잃고 다시 쓰는 생산자.',
		'model.brokers.dups.queue':
			'타임아웃 뒤 재전송(느린 ack는 없는 것과 같음), ack 전 크래시, 네트워크.',
		'model.brokers.dups.esdb': '타임아웃 뒤 재시도, 처리한 뒤 저장하는 체크포인트.',
		'model.simpleTitle': 'EventScope가 단순화한 부분',
		'model.simple.1':
			'저장소는 EventStoreDB처럼 쓰는 주체가 하나인 로그입니다. 전역 위치에 빈틈이 없습니다. SQL 시퀀스를 쓰는 저장소(Marten)는 빈틈이 생길 수 있어 최고 수위 표시(high-water mark)가 필요합니다. 도메인이 여럿이면 도메인마다 이런 로그를 하나씩 두고, 저장소마다 위치 번호와 릴레이가 따로 있습니다.',
		'model.simple.2': '버전은 Marten, Emmett처럼 1부터 셉니다(EventStoreDB는 0부터).',
		'model.simple.3':
			'여기서는 이벤트를 적용하는 코드가 실행 중에 바뀌지 않으므로 스냅샷이 늘 맞습니다. 실제 시스템에서는 그 코드를 바꾸면 옛 스냅샷이 틀린 상태를 줄 수 있습니다.',
		'model.simple.4':
			'릴레이는 틱마다 최대 8개의 이벤트를 발행하고, 묶음마다 한 번 체크포인트를 옮깁니다. 도중에 크래시하면 그 묶음을 다시 발행합니다.',
		'model.simple.5':
			'큐에서는 컨슈머 인스턴스가 크래시하면 살아 있는 다음 인스턴스가 곧바로 그 스트림을 맡습니다. 로그에서는 Kafka처럼 세션 타임아웃을 기다린 뒤 파티션을 라운드 로빈으로 나눕니다. 끊긴 멤버도 크래시한 멤버처럼 다룹니다.',
		'model.simple.6':
			'컨슈머는 적용하고 한 틱 뒤에 ack(또는 커밋)를 보냅니다. read 모델과 추적 데이터는 장애 후에도 남지만, 보류 중인 이벤트, 보내지 못한 ack, 가져온 레코드는 사라집니다. 로그에서는 컨슈머 연결에서 잃은 사본이 늦게 도착할 뿐이고(TCP가 다시 보냅니다), 네트워크의 유실과 중복은 발행자 쪽 연결에 작용합니다.',
		'model.simple.7':
			'사용자 이름 예약은 가입이 실패해도 풀리지 않습니다. 실제 시스템에는 보상 단계가 필요합니다.',
		'model.simple.8':
			'설정을 바꾸면 시나리오 전체를 틱 0부터 다시 실행합니다. 개입(메시지 버리기, 복제, 지연, 노드 장애와 재시작)은 현재 틱에서 타임라인을 갈라지게 합니다.',
		'model.simple.9':
			'ack를 받지 못한 전달은 ack가 올 때까지 ack 타임아웃마다 같은 간격으로 다시 보냅니다. 실제 시스템은 보통 실패할 때마다 더 오래 기다렸다가 다시 보내고, 정해진 횟수를 넘으면 메시지를 데드 레터 큐로 옮깁니다(Amazon SQS의 재처리(redrive) 정책, RabbitMQ 쿼럼 큐의 전달 한도).',
		'model.back': '샌드박스 열기'
	}
} as const;
