/**
 * The lesson format: a lesson is DATA (a scenario plus a script of steps), validated here with
 * zod, never code. A step either speaks (`say`, `ask`, `pause`: the stops where the player waits
 * for the learner), or shapes the scene (`chapter`, `highlight`, `inject`), or waits for
 * something to happen in the run (`waitFor`, a predicate on the trace or the worlds, never a
 * wall-clock delay). `resolveLesson` (runner.ts) turns the script into ticks.
 */
import '$lib/engine/zodConfig';
import * as z from 'zod/mini';
import type { TraceType } from '$lib/engine';

// zod/mini's functional forms, named for what the fields below need.
const chars = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const intFrom = (min: number, max?: number) =>
	max === undefined ? z.int().check(z.minimum(min)) : z.int().check(z.minimum(min), z.maximum(max));
const list = <T extends z.core.SomeType>(item: T, min: number, max: number) =>
	z.array(item).check(z.minLength(min), z.maxLength(max));
const optional = z.optional;

/** Text in both languages of the UI. */
export const textSchema = z.strictObject({
	en: chars(1, 600),
	ko: chars(1, 600)
});
export type Text = z.infer<typeof textSchema>;

const traceTypes = [
	'CommandReceived',
	'CommandLoaded',
	'CommandRejected',
	'AppendConflict',
	'EventAppended',
	'CommandAccepted',
	'CommandFailed',
	'SnapshotTaken',
	'RowUpdated',
	'AuditWritten',
	'AuditLost',
	'Published',
	'PublishLost',
	'RelayCrashed',
	'RelayRestarted',
	'MessageSent',
	'RecordAppended',
	'ProducerRetry',
	'Rebalanced',
	'OffsetCommitted',
	'MessageLost',
	'MessageDelayed',
	'MessageDelivered',
	'AckReceived',
	'EventApplied',
	'EventSkipped',
	'EventHeld',
	'ConsumerSubscribed',
	'CatchUpFinished',
	'NodeCrashed',
	'NodeRestarted',
	'PartitionStarted',
	'PartitionHealed',
	'QueryAnswered'
] as const satisfies readonly TraceType[];

// A compile-time check that the list above names every trace record type.
type Missing = Exclude<TraceType, (typeof traceTypes)[number]>;
const _everyTraceType: Missing extends never ? true : never = true;
void _everyTraceType;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const consumerId = chars(1, 64);

/**
 * What a lesson waits for (and what decides which answer of an `ask` is right), evaluated on the
 * run alone:
 * - `trace`: `count` new records of a type (default 1) whose fields match `where` (an array
 *   field matches when it contains the value; a crash's `target` is named as in a scenario, `id`
 *   for any of its instances or `id#n`), counted after the previous step's tick, or from
 *   tick 1 with `since: 'start'`;
 * - `tick`: that tick has been reached;
 * - `diverged` / `converged`: a consumer's read model differs from / equals its truth;
 * - `view`: a value in a consumer's read model (or its truth) equals a value or lies in a range;
 * - `not`, `all`, `any`: combinations.
 */
export type Predicate =
	| {
			trace: TraceType;
			where?: Record<string, string | number | boolean | null>;
			count?: number;
			since?: 'step' | 'start';
	  }
	| { tick: number }
	| { diverged: string }
	| { converged: string }
	| {
			view: {
				consumer: string;
				/** A dotted path into the view; an array element is picked by its `sku` or `id`. */
				key?: string;
				truth?: boolean;
				equals?: string | number | boolean | null;
				/** Numbers compare directly; arrays and objects by their size. */
				min?: number;
				max?: number;
			};
	  }
	| { not: Predicate }
	| { all: Predicate[] }
	| { any: Predicate[] };

export const predicateSchema: z.ZodMiniType<Predicate> = z.lazy(() =>
	z.union([
		z.strictObject({
			trace: z.enum(traceTypes),
			where: optional(z.record(z.string(), scalar)),
			count: optional(intFrom(1, 1000)),
			since: optional(z.enum(['step', 'start']))
		}),
		z.strictObject({ tick: intFrom(0) }),
		z.strictObject({ diverged: consumerId }),
		z.strictObject({ converged: consumerId }),
		z.strictObject({
			view: z.strictObject({
				consumer: consumerId,
				key: optional(chars(1, 200)),
				truth: optional(z.boolean()),
				equals: optional(scalar),
				min: optional(z.number()),
				max: optional(z.number())
			})
		}),
		z.strictObject({ not: predicateSchema }),
		z.strictObject({ all: list(predicateSchema, 1, 8) }),
		z.strictObject({ any: list(predicateSchema, 1, 8) })
	])
);

/**
 * A fault or intervention the lesson adds to its own scenario at the current step, so the scene
 * it teaches happens whatever the seed. Message pokes pick "the next copy to `consumer`" (of the
 * event at `position`, if given) that is sent from this step on.
 */
const messagePick = {
	consumer: consumerId,
	position: optional(intFrom(1)),
	/** Skip this many matching copies first (0 = the very next one). */
	skip: optional(intFrom(0, 100))
};
export const injectionSchema = z.union([
	z.strictObject({ crash: chars(1, 64), duration: intFrom(1, 1000) }),
	z.strictObject({ restart: chars(1, 64) }),
	z.strictObject({ partition: chars(1, 64), duration: intFrom(1, 1000) }),
	z.strictObject({ duplicate: z.strictObject(messagePick) }),
	z.strictObject({ drop: z.strictObject(messagePick) }),
	z.strictObject({
		delay: z.strictObject({ ...messagePick, ticks: intFrom(1, 1000) })
	})
]);
export type Injection = z.infer<typeof injectionSchema>;

/** What the UI should point at: topology nodes, store positions, read-model rows, streams. */
export const highlightSchema = z.strictObject({
	nodes: optional(list(chars(0, 64), 0, 16)),
	events: optional(list(intFrom(1), 0, 32)),
	rows: optional(list(z.strictObject({ consumer: consumerId, key: chars(0, 200) }), 0, 16)),
	streams: optional(list(chars(0, 64), 0, 16))
});
export type Highlight = z.infer<typeof highlightSchema>;

const choiceSchema = z.strictObject({ text: textSchema, correct: predicateSchema });

export const stepSchema = z.union([
	z.strictObject({ say: textSchema }),
	z.strictObject({ chapter: textSchema }),
	z.strictObject({ waitFor: predicateSchema }),
	z.strictObject({ pause: z.literal(true) }),
	z.strictObject({ highlight: highlightSchema }),
	z.strictObject({ inject: injectionSchema }),
	// An ask is put to the learner where the previous step left the run, and its reveal plays on
	// to `revealWhen`. To ask about a moment (a copy on the wire, a crashed consumer), wait for
	// it first: what happens inside the reveal flashes by (lessons.spec holds rigged moments
	// out of every reveal).
	z.strictObject({
		ask: textSchema,
		choices: list(choiceSchema, 2, 4),
		/** The run plays on to this point before the answer is revealed. */
		revealWhen: predicateSchema,
		explain: textSchema
	})
]);
export type Step = z.infer<typeof stepSchema>;

export const lessonSchema = z.strictObject({
	slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
	title: textSchema,
	chapter: optional(textSchema),
	/** One line for the index page. */
	summary: textSchema,
	/** Scenario input JSON, exactly as `parseScenario` reads it. */
	scenario: z.record(z.string(), z.unknown()),
	steps: list(stepSchema, 1, 80)
});
export type Lesson = z.infer<typeof lessonSchema>;
/** What a lesson file writes (the same shape; the scenario is checked by `parseScenario`). */
export type LessonInput = z.input<typeof lessonSchema>;
