/**
 * Deeply nested JSON is refused with a message that says so, before anything recurses into it:
 * scenario text (files, the editor, the saved sandbox, the CLI), values, and share links.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '$lib/share/base64url';
import { checksumOf, decodeShare, sharePrefix } from '$lib/share/codec';
import { runCli, type CliIo } from '../../../cli/sim';
import { limits } from './limits';
import { textNestsDeeper, valueNestsDeeper } from './nesting';
import { parseScenario, parseScenarioText } from './schema';

const refusal = `is nested deeper than ${limits.nestingDepthMax} levels (the limit)`;
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** A scenario whose first command's data holds `levels` nested arrays. */
const deepScenario = (levels: number) =>
	`{"format":"eventscope/1","commands":[{"at":1,"stream":"c-1","type":"Add","data":{"amount":${deepArray(levels)}}}]}`;

function deepValue(levels: number): unknown {
	let v: unknown = [];
	for (let i = 1; i < levels; i++) v = [v];
	return v;
}

function link(json: string) {
	const payload = toBase64url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
	return `${sharePrefix}${checksumOf(payload)}.${payload}`;
}

describe('deeply nested JSON', () => {
	it('given 40,000 levels of scenario text, refuses it saying so (no stack overflow)', () => {
		const parsed = parseScenarioText(deepScenario(40_000));
		expect(parsed).toEqual({ ok: false, errors: [{ path: '(root)', message: refusal }] });
	});

	it('given 40,000 levels as a value, refuses it saying so', () => {
		const parsed = parseScenario({ format: 'eventscope/1', commands: deepValue(40_000) });
		expect(parsed).toEqual({ ok: false, errors: [{ path: '(root)', message: refusal }] });
	});

	it('given a share link holding 40,000 levels, shows the broken-link alert saying so', () => {
		const decoded = decodeShare(link(`{"v":1,"t":0,"s":${deepArray(40_000)}}`));
		expect(decoded).toEqual({
			ok: false,
			error: { kind: 'invalid-scenario', message: `the link ${refusal}` }
		});
	});

	it('given 40,000 levels on the command line, exits 2 saying so', async () => {
		let stderr = '';
		const io: CliIo = {
			readFile: async () => deepScenario(40_000),
			readStdin: async () => '',
			writeFile: async () => {},
			stdout: () => {},
			stderr: (text) => (stderr += text)
		};
		expect(await runCli(['deep.json', '--seed', '3'], io)).toBe(2);
		expect(stderr).toContain(refusal);
	});

	it('counts brackets inside strings as text, not nesting', () => {
		expect(textNestsDeeper(`{"title":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`)).toBe(false);
		const parsed = parseScenarioText(`{"format":"eventscope/1","title":"${'[{'.repeat(90)}"}`);
		expect(parsed.ok).toBe(true);
	});

	it('at any depth, text and value agree with the limit and nothing throws', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 3 * limits.nestingDepthMax }), (levels) => {
				const over = levels > limits.nestingDepthMax;
				expect(textNestsDeeper(deepArray(levels))).toBe(over);
				expect(valueNestsDeeper(deepValue(levels))).toBe(over);
				// The data nests 4 levels below the root (object, commands, command, data).
				const parsed = parseScenarioText(deepScenario(levels));
				expect(parsed.ok).toBe(false);
				if (!parsed.ok)
					expect(parsed.errors.some((e) => e.message === refusal)).toBe(
						levels + 4 > limits.nestingDepthMax
					);
			}),
			{ numRuns: 200 }
		);
	});
});
