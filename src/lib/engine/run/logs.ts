/**
 * Append-only logs shared by a run and its replays. A world knows how long each log is at its
 * tick; appending at that length either adds the entry or, when a replay from a checkpoint
 * re-walks ticks the run already computed, finds the identical entry there (the simulation is
 * deterministic) and keeps the one already stored, so frames and replays share memory.
 *
 * "Identical" is the determinism promise, so development builds check it (TigerBeetle style):
 * a replayed entry that differs from the stored one throws at once, naming the place, instead of
 * showing frames that quietly disagree. Production builds skip the check: Vite turns
 * `import.meta.env.DEV` into `false` there and the bundler drops it. Under plain Node (the CLI,
 * no Vite) there is no `import.meta.env`, and no check.
 */
const checkReplays: boolean = import.meta.env?.DEV === true;

export function appendAt<T>(log: T[], length: number, entry: T): T {
	if (length < log.length) {
		if (checkReplays) assertReplayed(log[length], entry, length);
		return log[length];
	}
	log.push(entry);
	return entry;
}

/** Throws if a replay computed `replayed` where the run stored `stored` (at index `at`). */
export function assertReplayed(stored: unknown, replayed: unknown, at: number): void {
	if (stored === replayed || samePlainData(stored, replayed)) return;
	throw new Error(
		`Replay diverged from the run at log entry ${at}: the simulation is not deterministic.\n` +
			`stored:   ${JSON.stringify(stored)}\nreplayed: ${JSON.stringify(replayed)}`
	);
}

/** Structural equality of plain data (what logs hold: objects, arrays, primitives). */
function samePlainData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
		return Number.isNaN(a) && Number.isNaN(b);
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const aKeys = Object.keys(a);
	const bKeys = Object.keys(b);
	if (aKeys.length !== bKeys.length) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	return aKeys.every((k) => Object.hasOwn(y, k) && samePlainData(x[k], y[k]));
}
