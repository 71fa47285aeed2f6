/**
 * The CLI in-process through a fake io (files, stdin, output), plus one real spawn to prove the
 * wiring, plus the check that examples/*.json are the examples the engine ships.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
	examples,
	formatScenarioErrors,
	own,
	parseScenario,
	parseScenarioText,
	type RunReport
} from '../lib/engine';
import { runCli, type CliIo } from './sim';

const counterText = JSON.stringify(examples.counter);

/** Runs the CLI against in-memory files; missing files fail like ENOENT. */
async function cli(argv: string[], files: Record<string, string> = {}, stdin = '') {
	let stdout = '';
	let stderr = '';
	const written: Record<string, string> = {};
	const io: CliIo = {
		writeFile: async (path, text) => {
			if (path.startsWith('/readonly/'))
				throw new Error(`EACCES: permission denied, open '${path}'`);
			written[path] = text;
		},
		readFile: async (path) => {
			if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
			return files[path];
		},
		readStdin: async () => stdin,
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text)
	};
	const code = await runCli(argv, io);
	return { code, stdout, stderr, written };
}

const withScenario = (patch: Record<string, unknown>) => ({
	's.json': JSON.stringify({ ...examples.counter, ...patch })
});

describe('sim --trace: the run as JSON Lines', () => {
	it('writes one record per line, in tick order, the same records the report counts', async () => {
		const { code, written, stdout } = await cli(['c.json', '--trace', 'out.jsonl', '--json'], {
			'c.json': counterText
		});
		expect(code).toBe(0);
		const records = written['out.jsonl']
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line) as { t: number; type: string });
		const ticks = records.map((r) => r.t);
		expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
		const report = JSON.parse(stdout) as RunReport;
		expect(records.filter((r) => r.type === 'EventAppended')).toHaveLength(report.counts.appended);
		expect(records.filter((r) => r.type === 'EventApplied')).toHaveLength(report.counts.applied);
	});

	it('with -, writes the trace to stdout and the summary to stderr', async () => {
		const { code, stdout, stderr } = await cli(['c.json', '--trace=-'], { 'c.json': counterText });
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toMatch(/^\{"t":\d+,"type":"\w+"/);
		expect(stderr).toContain(examples.counter.title);
	});

	it('says so, with exit code 2, when the file cannot be written', async () => {
		const { code, stderr } = await cli(['c.json', '--trace', '/readonly/t.jsonl'], {
			'c.json': counterText
		});
		expect(code).toBe(2);
		expect(stderr).toContain('sim: cannot write the trace to /readonly/t.jsonl: EACCES');
	});

	it('a log broker records its partitions and offsets', async () => {
		const { written } = await cli(['c.json', '--trace', 't'], {
			'c.json': JSON.stringify(examples.cart)
		});
		expect(written.t).toContain('"type":"RecordAppended"');
		expect(written.t).toMatch(/"type":"MessageSent".*"partition":\d+,"offset":\d+/);
	});
});

describe('sim, given a valid scenario', () => {
	it('prints a summary of a file', async () => {
		const { code, stdout, stderr } = await cli(['c.json'], { 'c.json': counterText });
		expect(code).toBe(0);
		expect(stdout).toContain(examples.counter.title);
		// The example's queue times out before a slow ack comes back: on purpose, and said so.
		expect(stderr).toBe(
			'sim: warning: options.ackTimeout: is 4, below the worst round trip (2 × network.delayMax + 1 = 13): the queue will send copies again to consumers that are healthy, only slow\n'
		);
		expect(stdout).toMatch(/domain counter {3}seed 7 {3}ticks 120 {3}trace [0-9a-f]+/);
		expect(stdout).toMatch(/naive \(counter-values\) +(converged|DIVERGED)/);
		expect(stdout).toMatch(/accepted +20/);
	});

	it('reads stdin for -', async () => {
		const { code, stdout } = await cli(['-'], {}, counterText);
		expect(code).toBe(0);
		expect(stdout).toContain(examples.counter.title);
	});

	it('prints the RunReport as one line of JSON with --json', async () => {
		const { code, stdout } = await cli(['c.json', '--json'], { 'c.json': counterText });
		expect(code).toBe(0);
		expect(stdout.trimEnd()).not.toContain('\n');
		const report = JSON.parse(stdout) as RunReport;
		expect(Object.keys(report).sort()).toEqual(
			[
				'format',
				'title',
				'domain',
				'seed',
				'ticks',
				'traceHash',
				'streams',
				'readModels',
				'counts',
				'loads',
				'snapshots',
				'cqrs'
			].sort()
		);
		expect(report.seed).toBe(7);
		expect(Object.keys(report.readModels)).toEqual(['naive', 'deduped']);
	});

	it('replaces the seed with --seed, which changes the trace', async () => {
		const files = { 'c.json': counterText };
		const hashOf = async (argv: string[]) =>
			(JSON.parse((await cli(argv, files)).stdout) as RunReport).traceHash;
		const original = await hashOf(['c.json', '--json']);
		const reseeded = await cli(['c.json', '--json', '--seed', '8'], files);
		expect((JSON.parse(reseeded.stdout) as RunReport).seed).toBe(8);
		expect(await hashOf(['c.json', '--json', '--seed=8'])).not.toBe(original);
		expect(await hashOf(['--seed', '7', 'c.json', '--json'])).toBe(original);
	});

	it('runs ids named like Object.prototype members (a stream and a consumer `constructor`)', async () => {
		const scenario = {
			format: 'eventscope/1',
			ticks: 40,
			options: { readYourWrites: true },
			consumers: [{ id: 'constructor' }],
			commands: [
				{
					at: 1,
					repeat: 10,
					stream: 'constructor',
					type: 'Add',
					data: { amount: 1 },
					client: '__proto__'
				},
				{
					at: 2,
					repeat: 5,
					stream: 'toString',
					type: 'Add',
					data: { amount: 2 },
					client: 'valueOf'
				}
			],
			queries: [{ at: 30, consumer: 'constructor', client: '__proto__' }]
		};
		const { code, stdout, stderr } = await cli(['-', '--json'], {}, JSON.stringify(scenario));
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		const report = JSON.parse(stdout) as RunReport;
		expect(Object.keys(report.streams)).toEqual(['constructor', 'toString']);
		const view = own(report.readModels, 'constructor');
		expect(view?.converged).toBe(true);
		expect(view?.truth).toEqual({ constructor: 10, toString: 10 });
	});

	it('prints the usage with --help', async () => {
		const { code, stdout } = await cli(['--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run sim/);
	});
});

/** [what is wrong, argv, files, a piece of stderr]. */
const refused: [string, string[], Record<string, string>, string][] = [
	['no arguments', [], {}, 'no scenario given'],
	['an unknown flag', ['s.json', '--jsn'], {}, 'unknown option "--jsn"; allowed: --seed N, --json'],
	['two scenarios', ['a.json', 'b.json'], {}, 'one scenario at a time'],
	[
		'a seed that is not a number',
		['s.json', '--seed', 'abc'],
		{},
		'--seed must be an integer in 0..4294967295'
	],
	['a seed beyond uint32', ['s.json', '--seed', '4294967296'], {}, '0..4294967295'],
	['a negative seed', ['s.json', '--seed=-1'], {}, '0..4294967295'],
	['a missing seed value', ['s.json', '--seed'], {}, '--seed needs a value'],
	['a missing file', ['nope.json'], {}, 'cannot read nope.json: ENOENT'],
	['text that is not JSON', ['s.json'], { 's.json': '{"format":' }, '(root): is not valid JSON'],
	[
		'an unknown format',
		['s.json'],
		withScenario({ format: 'eventscope/9' }),
		'format: must be "eventscope/2"'
	],
	[
		'an unknown domain',
		['s.json'],
		withScenario({ domain: 'bank' }),
		'domain: must be one of "counter", "cart"'
	],
	[
		'a value out of range',
		['s.json'],
		withScenario({ ticks: 0 }),
		'ticks: must be an integer in 1..200000'
	],
	[
		'a misspelled option',
		['s.json'],
		withScenario({ options: { delivry: 'at-most-once' } }),
		'options.delivry: unknown key "delivry" (did you mean "delivery"?)'
	],
	[
		'an unknown command type',
		['s.json'],
		withScenario({ commands: [{ at: 1, stream: 'c-1', type: 'Sub' }] }),
		'commands[0].type: "Sub" is not a counter command; allowed: "Add"'
	],
	[
		'bad command data',
		['s.json'],
		withScenario({ commands: [{ at: 1, stream: 'c-1', type: 'Add', data: { amount: 'x' } }] }),
		'commands[0].data.amount: amount must be an integer'
	],
	[
		'a file over the size limit',
		['s.json'],
		{ 's.json': ' '.repeat(1024 * 1024 + 1) },
		'larger than 1048576 bytes'
	]
];

describe('sim, given invalid input, exits 2 and says what is allowed', () => {
	it.each(refused)('%s', async (_what, argv, files, message) => {
		const { code, stdout, stderr } = await cli(argv, files);
		expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
		expect(stderr).toContain(message);
		expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
	});

	it('with --seed, still reports a scenario that is not an object', async () => {
		const { code, stderr } = await cli(['-', '--seed', '12'], {}, '[]');
		expect(code).toBe(2);
		expect(stderr).toContain('(root): must be an object');
	});
});

describe('sim, run for real', () => {
	it('runs through npx tsx and prints JSON', async () => {
		const { stdout } = await promisify(execFile)(
			'npx',
			['tsx', 'src/cli/sim.ts', 'examples/cart.json', '--json'],
			{ timeout: 60_000 }
		);
		expect((JSON.parse(stdout) as RunReport).title).toBe(examples.cart.title);
	}, 60_000);
});

describe('examples/*.json', () => {
	it('holds exactly the examples of examples.ts', () => {
		const files = readdirSync('examples').filter((name) => name.endsWith('.json'));
		expect(files.sort()).toEqual(
			Object.keys(examples)
				.map((domain) => `${domain}.json`)
				.sort()
		);
		for (const [domain, scenario] of Object.entries(examples)) {
			const file = JSON.parse(readFileSync(`examples/${domain}.json`, 'utf8')) as unknown;
			// To refresh: write JSON.stringify(examples[domain], null, '\t') to examples/<domain>.json.
			expect(file, `examples/${domain}.json differs from examples.ts`).toEqual(scenario);
		}
	});
});

describe('the README section on the scenario format', () => {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.slice(
		readme.indexOf('<!-- scenario-format:start -->'),
		readme.indexOf('<!-- scenario-format:end -->')
	);

	it('shows a full example that is valid', () => {
		const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
		const result = parseScenarioText(example);
		expect(result.ok, result.ok ? '' : formatScenarioErrors(result.errors)).toBe(true);
	});

	it('has a table row for every field and option', () => {
		const parsed = parseScenario({ format: 'eventscope/1', commands: [], consumers: [{}] });
		if (!parsed.ok) throw new Error('the minimal scenario is invalid');
		const { options, network, consumers } = parsed.scenario;
		const command = ['at', 'stream', 'type', 'data', 'every', 'repeat', 'client'];
		const keys = [
			...Object.keys(parsed.scenario),
			...Object.keys(options),
			...Object.keys(network),
			...Object.keys(consumers[0]),
			...command
		];
		for (const key of keys) expect(section, key).toContain(`| \`${key}\` |`);
	});
});
