/**
 * `npm run sim -- <scenario.json | -> [--seed N] [--json] [--trace <out.jsonl | ->]`: run one
 * scenario headless and print its report, and optionally write its whole trace as JSON Lines (a
 * history anyone can check with their own tools, as Jepsen and Maelstrom write theirs). The same engine as the UI, so a run seen in the browser can be checked, diffed or
 * scripted here (a failing seed is reproduced by passing it back with --seed).
 *
 * Exit codes: 0 the run finished (a diverged read model is a result, not a failure), 1 the engine
 * failed (a bug: the message names the seed), 2 the command line or the scenario is invalid.
 * Nothing prints a stack trace: every path ends in a message naming what was wrong.
 */
import { open, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import {
	formatScenarioErrors,
	limits,
	parseScenarioText,
	report,
	type Run,
	type RunReport,
	type Scenario,
	scenarioWarnings,
	simulate,
	textNestsDeeper,
	type TraceRecord
} from '../lib/engine';

/** Everything the CLI touches outside itself, so specs can run it in-process. */
export interface CliIo {
	/** The file's text; may stop reading past `maxBytes` (the scenario size limit). */
	readFile(path: string, maxBytes: number): Promise<string>;
	readStdin(maxBytes: number): Promise<string>;
	stdout(text: string): void;
	stderr(text: string): void;
	/** Writes a whole file (the trace). */
	writeFile(path: string, text: string): Promise<void>;
}

export const usage = `Usage: npm run sim -- <scenario.json | -> [--seed N] [--json] [--trace <file | ->]

Runs an EventScope scenario (format "eventscope/2", or "eventscope/1") and prints a summary of
the run.

  <scenario.json>  the scenario file; "-" reads it from stdin
  --seed N         replace the scenario's seed (an integer in 0..${limits.seedMax})
  --json           print the full report as one line of JSON instead of the summary
  --trace FILE     write the run's trace as JSON Lines, one record per line, in tick order;
                   "-" writes it to stdout (the summary then goes to stderr)
  --help, -h       print this help

Exit codes: 0 the run finished, 1 the engine failed, 2 invalid arguments or scenario.
Examples are in examples/*.json.
`;

interface CliArgs {
	source: string;
	seed: number | undefined;
	json: boolean;
	trace: string | undefined;
}

/** Why the command line cannot be run; `help` asks for the usage text instead. */
type ArgsResult = { ok: true; args: CliArgs } | { ok: false; error: string } | { help: true };

function parseSeed(text: string | undefined): number | string {
	if (text === undefined) return '--seed needs a value: an integer in 0..' + limits.seedMax;
	const seed = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
	if (!(seed <= limits.seedMax))
		return `--seed must be an integer in 0..${limits.seedMax}; got "${text}"`;
	return seed;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
	let source: string | undefined;
	let seed: number | undefined;
	let json = false;
	let trace: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') return { help: true };
		if (arg === '--json') json = true;
		else if (arg === '--trace' || arg.startsWith('--trace=')) {
			trace = arg === '--trace' ? argv[++i] : arg.slice('--trace='.length);
			if (trace === undefined || trace === '')
				return { ok: false, error: '--trace needs a file to write, or - for stdout' };
		} else if (arg === '--seed' || arg.startsWith('--seed=')) {
			const parsed = parseSeed(arg === '--seed' ? argv[++i] : arg.slice('--seed='.length));
			if (typeof parsed === 'string') return { ok: false, error: parsed };
			seed = parsed;
		} else if (arg.startsWith('-') && arg !== '-')
			return {
				ok: false,
				error: `unknown option "${arg}"; allowed: --seed N, --json, --trace FILE, --help`
			};
		else if (source !== undefined)
			return { ok: false, error: `one scenario at a time; got "${source}" and "${arg}"` };
		else source = arg;
	}
	if (source === undefined)
		return { ok: false, error: 'no scenario given (a file, or - for stdin)' };
	return { ok: true, args: { source, seed, json, trace } };
}

/** The scenario's JSON text with the seed replaced, so the seed is validated like any field. */
function withSeed(text: string, seed: number | undefined): string {
	if (seed === undefined || textNestsDeeper(text)) return text; // parseScenarioText refuses it
	try {
		const value: unknown = JSON.parse(text);
		if (value === null || typeof value !== 'object' || Array.isArray(value)) return text;
		return JSON.stringify({ ...value, seed });
	} catch {
		return text; // parseScenarioText reports the syntax error
	}
}

async function readSource(source: string, io: CliIo): Promise<string> {
	// One byte past the limit is enough for the size check to refuse the input.
	return source === '-'
		? io.readStdin(limits.inputBytesMax + 1)
		: io.readFile(source, limits.inputBytesMax + 1);
}

const reasonOf = (thrown: unknown) => (thrown instanceof Error ? thrown.message : String(thrown));

/** Run the CLI with `argv` (the arguments after the script name); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
	try {
		return await run(argv, io);
	} catch (thrown) {
		io.stderr(`sim: internal error: ${reasonOf(thrown)}\n`);
		return 1;
	}
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
	const parsedArgs = parseArgs(argv);
	if ('help' in parsedArgs) {
		io.stdout(usage);
		return 0;
	}
	if (!parsedArgs.ok) {
		io.stderr(`sim: ${parsedArgs.error}\n\n${usage}`);
		return 2;
	}
	const { source, seed, json, trace } = parsedArgs.args;
	let text: string;
	try {
		text = await readSource(source, io);
	} catch (thrown) {
		io.stderr(`sim: cannot read ${source === '-' ? 'stdin' : source}: ${reasonOf(thrown)}\n`);
		return 2;
	}
	const parsed = parseScenarioText(withSeed(text, seed));
	if (!parsed.ok) {
		const where = source === '-' ? 'stdin' : source;
		io.stderr(
			`sim: invalid scenario (${where}):\n${indent(formatScenarioErrors(parsed.errors))}\n`
		);
		return 2;
	}
	for (const w of scenarioWarnings(parsed.scenario))
		io.stderr(`sim: warning: ${w.path}: ${w.message}\n`);
	return runScenario(parsed.scenario, json, trace, io);
}

/** The trace as JSON Lines: one record per line, in the order the run made them. */
export const traceLines = (trace: readonly TraceRecord[]): string =>
	trace.map((r) => JSON.stringify(r)).join('\n') + (trace.length ? '\n' : '');

async function runScenario(
	scenario: Scenario,
	json: boolean,
	trace: string | undefined,
	io: CliIo
): Promise<number> {
	let result: RunReport;
	let run: Run;
	try {
		// No checkpoints: a headless run never seeks, so it keeps only the final world.
		run = simulate(scenario, { checkpointEvery: 0 });
		result = report(run);
	} catch (thrown) {
		io.stderr(
			`sim: the engine failed: ${reasonOf(thrown)}\n` +
				`  reproduce with the same scenario and --seed ${scenario.seed}\n`
		);
		return 1;
	}
	const summary = json ? `${JSON.stringify(result)}\n` : summarize(scenario, result);
	if (trace === '-') {
		io.stdout(traceLines(run.logs.trace));
		io.stderr(summary);
		return 0;
	}
	if (trace !== undefined) {
		try {
			await io.writeFile(trace, traceLines(run.logs.trace));
		} catch (thrown) {
			io.stderr(`sim: cannot write the trace to ${trace}: ${reasonOf(thrown)}\n`);
			return 2;
		}
	}
	io.stdout(summary);
	return 0;
}

const indent = (text: string) =>
	text
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');

/** Labelled numbers in columns: each group is a column, each row one count per group. */
function columns(groups: [string, [string, number][]][]): string[] {
	const cells = groups.map(([title, rows]) => {
		const labelWidth = Math.max(...rows.map(([label]) => label.length));
		const valueWidth = Math.max(...rows.map(([, value]) => String(value).length));
		const lines = rows.map(
			([label, value]) => `${label.padEnd(labelWidth)}  ${String(value).padStart(valueWidth)}`
		);
		const width = Math.max(title.length, ...lines.map((line) => line.length));
		return { width, lines: [title, ...lines] };
	});
	const height = Math.max(...cells.map((cell) => cell.lines.length));
	return Array.from({ length: height }, (_, row) =>
		cells
			.map((cell) => (cell.lines[row] ?? '').padEnd(cell.width))
			.join('    ')
			.trimEnd()
	);
}

function countLines(r: RunReport): string[] {
	const c = r.counts;
	return columns([
		[
			'commands',
			[
				['total', c.commands],
				['accepted', c.accepted],
				['rejected', c.rejected],
				['failed', c.failed],
				['conflicts', c.conflicts]
			]
		],
		r.auditLog
			? [
					'rows',
					[
						['updated', c.rowUpdates],
						['audited', c.audited],
						['log lost', c.logLost],
						['published', c.published],
						['publish lost', c.publishLost]
					]
				]
			: [
					'events',
					[
						['appended', c.appended],
						['published', c.published],
						['publish lost', c.publishLost],
						['snapshots', r.snapshots.taken],
						['loads', r.loads.count]
					]
				],
		[
			'messages',
			[
				['sent', c.sent],
				['delivered', c.delivered],
				['dropped', c.dropped],
				['duplicated', c.duplicated],
				['redelivered', c.redelivered]
			]
		],
		[
			'read side',
			[
				['applied', c.applied],
				['skipped', c.skipped],
				['duplicates', c.skippedDuplicate],
				['stale', c.skippedStale],
				['queries', c.queries],
				['stale reads', c.staleReads]
			]
		]
	]);
}

const round = (n: number) => String(Math.round(n * 100) / 100);

function readModelLines(r: RunReport): string[] {
	const entries = Object.entries(r.readModels);
	if (entries.length === 0) return ['  (no consumers)'];
	const idWidth = Math.max(...entries.map(([id, m]) => `${id} (${m.readModel})`.length));
	return entries.map(([id, m]) => {
		const name = `${id} (${m.readModel})`.padEnd(idWidth);
		const verdict = m.converged ? 'converged' : 'DIVERGED ';
		const lag = `lag mean ${round(m.lag.meanTicks)}, p95 ${m.lag.p95Ticks}, max ${m.lag.maxTicks} ticks over ${m.lag.events} events`;
		return `  ${name}  ${verdict}  ${lag}`;
	});
}

/** storage "state": each row as it stands, and the audit log beside it (what it kept, what it lost). */
function stateLines(r: RunReport): string[] {
	if (!r.auditLog) return [];
	const rows = Object.entries(r.streams).map(
		([id, row]) => `  ${id}  v${row.version}  ${JSON.stringify(row.state)}`
	);
	const entries = r.auditLog.map(
		(e) => `  t${e.t}  ${e.command}  ${e.commandType} ${e.stream} -> v${e.version}`
	);
	return [
		'',
		'rows (state, updated in place)',
		...(rows.length > 0 ? rows : ['  (none)']),
		'',
		`audit log (${r.auditLog.length} entries, ${r.counts.logLost} lost)`,
		...(entries.length > 0 ? entries : ['  (empty)'])
	];
}

function cqrsLines(r: RunReport): string[] {
	if (r.cqrs === null) return [];
	const { fullScan, readModel } = r.cqrs;
	return [
		'',
		'low stock, answered two ways',
		`  full scan of the store  ${fullScan.streamsLoaded} streams loaded, ${fullScan.eventsReplayed} events replayed`,
		`  read model              ${readModel.rowsRead} rows read`
	];
}

/** The human summary: what ran, its fingerprint, what happened, and whether the views agree. */
export function summarize(scenario: Scenario, r: RunReport): string {
	const lines = [
		r.title,
		`domain ${(scenario.domains ?? [scenario.domain]).join(' + ')}   seed ${r.seed}   ticks ${r.ticks}   trace ${r.traceHash}`,
		'',
		...countLines(r),
		...stateLines(r),
		'',
		'read models',
		...readModelLines(r),
		...cqrsLines(r)
	];
	return `${lines.join('\n')}\n`;
}

/** Reads at most `maxBytes` of a file, so a huge file is refused without loading it all. */
async function readFileBounded(path: string, maxBytes: number): Promise<string> {
	const handle = await open(path, 'r');
	try {
		const buffer = Buffer.alloc(maxBytes);
		let filled = 0;
		while (filled < maxBytes) {
			const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, null);
			if (bytesRead === 0) break;
			filled += bytesRead;
		}
		return buffer.subarray(0, filled).toString('utf8');
	} finally {
		await handle.close();
	}
}

async function readStdinBounded(maxBytes: number): Promise<string> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of process.stdin) {
		chunks.push(chunk as Buffer);
		total += (chunk as Buffer).length;
		if (total >= maxBytes) break;
	}
	return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

const nodeIo: CliIo = {
	readFile: readFileBounded,
	readStdin: readStdinBounded,
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	writeFile: (path, text) => writeFile(path, text, 'utf8')
};

const isMain =
	process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
	// `sim ... | head` closes the pipe early: that is the reader's choice, not a crash to report.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		process.stderr.write(`sim: cannot write the output: ${error.message}\n`);
		process.exit(1);
	});
	// exitCode, not exit(): let stdout drain when piped.
	runCli(process.argv.slice(2), nodeIo).then((code) => (process.exitCode = code));
}
