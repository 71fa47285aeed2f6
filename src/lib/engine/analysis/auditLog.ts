/**
 * storage "state": the audit log as a reader sees it at a tick: the entries written, and, in
 * their place, the writes that were lost (which only the simulation can know: the real log has
 * a hole nobody sees). Read from the trace alone, up to the world's trace length.
 */
import type { TraceRecord } from '../run/trace';

export interface AuditLine {
	readonly t: number;
	readonly command: string;
	readonly stream: string;
	/** The command's type and the row's version after it; null for a lost write. */
	readonly entry: { readonly commandType: string; readonly version: number } | null;
}

export function auditLines(trace: readonly TraceRecord[], length: number): AuditLine[] {
	const lines: AuditLine[] = [];
	for (let i = 0; i < length; i++) {
		const r = trace[i];
		if (r.type === 'AuditWritten')
			lines.push({
				t: r.t,
				command: r.command,
				stream: r.stream,
				entry: { commandType: r.commandType, version: r.version }
			});
		else if (r.type === 'AuditLost')
			lines.push({ t: r.t, command: r.command, stream: r.stream, entry: null });
	}
	return lines;
}
