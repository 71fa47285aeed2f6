/**
 * Append-only logs shared by a run and its replays. A world knows how long each log is at its
 * tick; appending at that length either adds the entry or, when a replay from a checkpoint
 * re-walks ticks the run already computed, finds the identical entry there (the simulation is
 * deterministic) and keeps the one already stored, so frames and replays share memory.
 */
export function appendAt<T>(log: T[], length: number, entry: T): T {
	if (length < log.length) return log[length];
	log.push(entry);
	return entry;
}
