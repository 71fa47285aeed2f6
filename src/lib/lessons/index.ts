/**
 * Every lesson, in teaching order, validated at load: what the tests and the golden traces use.
 * The pages do not load them all: the home page and the `/lessons` index list the lessons from
 * catalog.ts, and a lesson's page loads its own with `loadLesson` (catalog.spec.ts holds the
 * catalog to these). `resolveLesson` (runner.ts) turns one into ticks.
 */
import { lessonSchema, type Lesson, type LessonInput } from './schema';
import { stateVsEvents } from './content/01-state-vs-events';
import { stateAndAuditLog } from './content/01b-state-and-audit-log';
import { commands } from './content/02-commands';
import { replay } from './content/03-replay';
import { concurrency } from './content/04-concurrency';
import { snapshots } from './content/05-snapshots';
import { dualWrite } from './content/06-dual-write';
import { outbox } from './content/07-outbox';
import { duplicates } from './content/08-duplicates';
import { reordering } from './content/09-reordering';
import { atMostOnce } from './content/10-at-most-once';
import { atLeastOnce } from './content/11-at-least-once';
import { consumerGroups } from './content/12-consumer-groups';
import { logOrder } from './content/12b-log-order';
import { logDuplicates } from './content/12c-log-duplicates';
import { cqsToCqrs } from './content/13a-cqs-to-cqrs';
import { cqrs } from './content/13-cqrs';
import { joinsAcrossDomains } from './content/13b-joins-across-domains';
import { eventualConsistency } from './content/14-eventual-consistency';
import { uniquenessRace } from './content/15-uniqueness-race';
import { reservation } from './content/16-reservation';
import { lateReadModel } from './content/17-late-read-model';
import { tradeOffs } from './content/18-trade-offs';

const inputs: LessonInput[] = [
	stateVsEvents,
	stateAndAuditLog,
	commands,
	replay,
	concurrency,
	snapshots,
	dualWrite,
	outbox,
	duplicates,
	reordering,
	atMostOnce,
	atLeastOnce,
	consumerGroups,
	logOrder,
	logDuplicates,
	cqsToCqrs,
	cqrs,
	joinsAcrossDomains,
	eventualConsistency,
	lateReadModel,
	uniquenessRace,
	reservation,
	tradeOffs
];

export const lessons: readonly Lesson[] = inputs.map((input) => {
	const parsed = lessonSchema.safeParse(input);
	if (!parsed.success)
		throw new Error(`lesson "${input.slug}" is malformed: ${parsed.error.message}`);
	return parsed.data;
});

export const lessonSlugs: readonly string[] = lessons.map((l) => l.slug);

export function lessonBySlug(slug: string): Lesson | undefined {
	return lessons.find((l) => l.slug === slug);
}

export { resolveLesson, LessonError } from './runner';
export type { ResolvedLesson, ResolvedStep } from './runner';
export { stopsOf, type Rigged, type Stop } from './stops';
export type { Lesson, LessonInput, Step, Predicate, Text } from './schema';
