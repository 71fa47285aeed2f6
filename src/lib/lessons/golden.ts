/**
 * Golden traces: a lesson's whole run as compact, readable text, one line per trace record
 * (`t12 EventApplied naive#1 p3 m7 rows=counter-1 lag=2`), under a header with the scenario's hash
 * and the tick of every step. Checked in under `golden/<slug>.txt`, so a change to the engine
 * that changes what a lesson shows fails a spec until the trace is deliberately updated.
 */
import {
	digest,
	feed,
	formatTarget,
	instanceParts,
	newHasher,
	type Scenario,
	traceHash,
	type TraceRecord
} from '$lib/engine';
import type { ResolvedLesson, ResolvedStep } from './runner';

function scenarioHash(scenario: Scenario): string {
	const h = newHasher();
	feed(h, JSON.stringify(scenario));
	return digest(h);
}

/** An instance as the grammar writes it, `id#n` (1-based), whatever the group's size. */
const inst = (consumer: string, instance: number) =>
	formatTarget(instanceParts(consumer, instance));
const quote = (text: string) => JSON.stringify(text);
/** Several domains: which store (and publisher) a record is about. */
const storeOf = (r: { store?: string }) => (r.store === undefined ? '' : ` store=${r.store}`);
const tickOrDash = (t: number | null) => (t === null ? '-' : `t${t}`);

function fields(r: TraceRecord): string {
	switch (r.type) {
		case 'CommandReceived':
			return `${r.command} ${r.stream} ${r.commandType}`;
		case 'CommandLoaded':
			return `${r.command} ${r.handler} ${r.stream} v${r.version} replayed=${r.eventsReplayed} snapshot=${r.snapshotVersion ?? '-'} attempt=${r.attempt}`;
		case 'CommandRejected':
		case 'CommandFailed':
			return `${r.command} ${r.handler} ${quote(r.reason)}`;
		case 'AppendConflict':
			return `${r.command} ${r.handler} ${r.stream} expected=${r.expected} actual=${r.actual} attempt=${r.attempt}`;
		case 'EventAppended':
			return `${r.command} p${r.position} ${r.stream} v${r.version} ${r.eventType}${r.store === undefined ? '' : ` ${r.store}@${r.storePosition}`}`;
		case 'CommandAccepted':
			return `${r.command} ${r.handler} ${r.positions.map((p) => `p${p}`).join(',')}`;
		case 'SnapshotTaken':
			return `${r.stream} v${r.version}`;
		case 'RowUpdated':
			return `${r.command} ${r.handler} ${r.stream} v${r.version} p${r.position}`;
		case 'AuditWritten':
			return `${r.command} ${r.stream} ${r.commandType} v${r.version}`;
		case 'AuditLost':
			return `${r.command} ${r.stream}`;
		case 'Published':
			return `p${r.position} by=${r.by}${r.again ? ' again' : ''}${storeOf(r)}`;
		case 'PublishLost':
			return `p${r.position} ${r.command}`;
		case 'RelayCrashed':
			return `checkpoint=${r.checkpoint} until=t${r.until}${storeOf(r)}`;
		case 'RelayRestarted':
			return `checkpoint=${r.checkpoint}${storeOf(r)}`;
		case 'MessageSent': {
			const at = r.partition === undefined ? '' : ` P${r.partition}@${r.offset}`;
			return `${r.message} ${r.kind} p${r.position} ${inst(r.consumer, r.instance)} ${r.delivery ?? '-'} ${r.cause} arrive=t${r.arriveAt} lost=${tickOrDash(r.lostAt)}${at}`;
		}
		case 'RecordAppended':
			return `p${r.position} P${r.partition}@${r.offset}${r.retry ? ' retry' : ''}${storeOf(r)}`;
		case 'ProducerRetry':
			return `p${r.position} at=t${r.at} ${r.why}`;
		case 'Rebalanced':
			return `${r.consumer} owners=${r.owners.map((o) => (o < 0 ? '-' : `#${o + 1}`)).join(',')}`;
		case 'OffsetCommitted':
			return `${r.consumer} P${r.partition}@${r.offset} ${r.message ?? 'revoked'}`;
		case 'MessageLost':
			return `${r.message} ${r.reason}`;
		case 'MessageDelayed':
			return `${r.message} arrive=t${r.arriveAt}`;
		case 'MessageDelivered':
			return r.message;
		case 'AckReceived':
			return `${r.message} ${r.delivery}`;
		case 'EventApplied':
			return `${inst(r.consumer, r.instance)} p${r.position} ${r.message ?? 'store'} rows=${r.rows.join(',') || '-'} lag=${r.lag ?? '-'}`;
		case 'EventSkipped':
			return `${inst(r.consumer, r.instance)} p${r.position} ${r.message ?? 'store'} ${r.reason}`;
		case 'EventHeld':
			return `${inst(r.consumer, r.instance)} p${r.position} ${r.message ?? 'store'} waiting=v${r.waitingFor}`;
		case 'ConsumerSubscribed':
			return `${r.consumer} catchUpTo=p${r.catchUpTo}`;
		case 'CatchUpFinished':
			return `${r.consumer} p${r.position}`;
		case 'NodeCrashed':
			return `${formatTarget(r.target)} until=t${r.until} ${r.cause}`;
		case 'NodeRestarted':
		case 'PartitionHealed':
			return formatTarget(r.target);
		case 'PartitionStarted':
			return `${formatTarget(r.target)} until=t${r.until}`;
		case 'QueryAnswered':
			return `q${r.query} ${r.consumer} ${r.client} ${r.stale ? 'stale' : 'fresh'} behind=${r.eventsBehind}ev/${r.ticksBehind}t waited=${r.waitedTicks}`;
		default: {
			// A record type added to the engine later still prints, field by field.
			const rest: Record<string, unknown> = { ...(r as object) };
			delete rest.t;
			delete rest.type;
			return JSON.stringify(rest);
		}
	}
}

function traceLine(r: TraceRecord): string {
	return `t${r.t} ${r.type} ${fields(r)}`.trimEnd();
}

function stepLabel(s: ResolvedStep): string {
	const kind = Object.keys(s.step)[0];
	const extra =
		s.revealTick !== undefined
			? ` reveal=t${s.revealTick} correct=${(s.correct ?? 0) + 1}`
			: s.injected
				? ` ${JSON.stringify(s.injected)}`
				: '';
	return `${kind}${extra}`;
}

export function goldenText(resolved: ResolvedLesson): string {
	const { lesson, scenario, run, steps } = resolved;
	const lines = [
		`# EventScope golden trace of the lesson "${lesson.slug}"`,
		`# scenario ${scenarioHash(scenario)} seed=${scenario.seed} ticks=${scenario.ticks} domain=${scenario.domain}`,
		`# trace ${traceHash(run.logs)} records=${run.logs.trace.length}`,
		'# steps:',
		...steps.map((s, i) => `#  ${i + 1} t${s.tick} ${stepLabel(s)}`),
		...run.logs.trace.map(traceLine)
	];
	return lines.join('\n') + '\n';
}
