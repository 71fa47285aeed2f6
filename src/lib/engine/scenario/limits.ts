/**
 * Upper bounds on everything a scenario can ask for, so a hostile link cannot freeze a tab
 * ("put a limit on everything", TigerBeetle). Ticks are simulation ticks, not wall-clock time.
 */
export const limits = {
	/** Size of a scenario as JSON text (UTF-8 bytes), checked by `parseScenarioText` and the CLI. */
	inputBytesMax: 1024 * 1024,
	seedMax: 4_294_967_295,
	ticksMax: 200_000,
	/** Commands after `repeat` expansion: the sum of every entry's `repeat`. */
	expandedCommandsMax: 200_000,
	/** Distinct stream ids the commands name, counting every `{i}`-generated one. */
	streamsMax: 10_000,
	handlersMax: 16,
	/** Ticks a handler may take from load to append. */
	decideTicksMax: 100,
	/** Ticks a generated command may arrive late. */
	jitterTicksMax: 1_000,
	retriesMax: 10,
	snapshotEveryMax: 100_000,
	relayRestartTicksMax: 1_000,
	ackTimeoutTicksMax: 1_000,
	/** log broker: partitions of the topic, records between commits, the group's session timeout. */
	partitionsMax: 64,
	commitEveryMax: 1_000,
	sessionTimeoutTicksMax: 1_000,
	lowStockThresholdMax: 1_000_000,
	catchUpPerTickMax: 10_000,
	/** Network delay bounds; a copy always takes at least one tick. */
	delayTicksMin: 1,
	delayTicksMax: 1_000,
	consumersMax: 8,
	instancesMax: 8,
	faultsMax: 200,
	queriesMax: 1_000,
	interventionsMax: 1_000,
	/** Fault and crash-intervention durations. */
	durationTicksMax: 100_000,
	titleCharsMax: 200,
	/** Streams, clients, consumer ids, command types, message ids, targets. */
	idCharsMax: 64,
	/** Arrays and objects inside one another, in scenario JSON, files and links (a scenario needs ~5). */
	nestingDepthMax: 32,
	/** The whole run's estimated work (scenario/work.ts): what the per-field limits allow together. */
	runWorkMax: 30_000_000
} as const;

/** Consumer ids: lowercase, so `id#n` fault targets and trace labels stay unambiguous. */
export const consumerIdPattern = /^[a-z][a-z0-9-]*$/;
/** The placeholder for the 1-based repetition index in generated commands. */
export const repetitionPlaceholder = '{i}';
