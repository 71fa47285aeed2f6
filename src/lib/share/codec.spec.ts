import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { domainNames, hashString, parseScenario } from '$lib/engine';
import { toBase64url } from './base64url';
import {
	checksumOf,
	decodeShare,
	defaultScenario,
	encodeShare,
	shareLimits,
	sharePrefix,
	uncheckedPrefix
} from './codec';
import { asV1, v1Defaults } from './legacy';
import s1Defaults from './fixtures/s1-defaults.json';
import s1Link from './fixtures/s1-link.json';
import { interventionsArb, parsedExample, scenarioArb } from './spec-helpers';

const encode = (...args: Parameters<typeof encodeShare>) => {
	const result = encodeShare(...args);
	if (!result.ok) throw new Error(result.error.message);
	return result.fragment;
};

/** A link around compressed bytes, with its checksum as the encoder writes it. */
const checked = (bytes: Uint8Array) => {
	const payload = toBase64url(deflateSync(bytes));
	return `${sharePrefix}${checksumOf(payload)}.${payload}`;
};

/** A fragment whose JSON is `text`, compressed as the encoder would. */
const wrap = (text: string) => checked(new TextEncoder().encode(text));

describe('share links', () => {
	it('round-trip any valid scenario, tick and panels', () => {
		fc.assert(
			fc.property(
				scenarioArb,
				fc.nat(),
				fc.array(fc.constantFrom('events', 'broker', 'models'), { maxLength: 3 }),
				(scenario, tickSeed, panels) => {
					const tick = tickSeed % (scenario.ticks + 1);
					const decoded = decodeShare('#' + encode({ scenario, tick, panels }));
					expect(decoded).toEqual({
						ok: true,
						state: { v: 1, scenario, tick, ...(panels.length > 0 ? { panels } : {}) }
					});
				}
			),
			{ numRuns: 300 }
		);
	});

	it('keep every example with 20 interventions under 2,000 characters', () => {
		for (const domain of domainNames) {
			const example = parsedExample(domain);
			fc.assert(
				fc.property(interventionsArb(example, { min: 20, max: 20 }), (interventions) => {
					const scenario = { ...example, interventions };
					const fragment = encode({ scenario, tick: example.ticks, panels: ['events'] });
					// Room for the page's own address in front of the fragment.
					expect(fragment.length).toBeLessThan(1_800);
				}),
				{ numRuns: 50 }
			);
		}
	});

	it('encode the default scenario as almost nothing, and open it again', () => {
		const fragment = encode({ scenario: defaultScenario(), tick: 7 });
		expect(fragment.length).toBeLessThan(50);
		expect(decodeShare(fragment)).toEqual({
			ok: true,
			state: expect.objectContaining({ scenario: defaultScenario(), tick: 7 })
		});
	});

	it('open a link whose scenario equals its base unchanged (an untouched lesson)', () => {
		const lesson = parsedExample('cart');
		const encoded = encodeShare({ scenario: lesson, tick: 3 }, { ref: 'cart', scenario: lesson });
		expect(encoded.ok).toBe(true);
		const fragment = encoded.ok ? encoded.fragment : '';
		const decoded = decodeShare(fragment, { resolveBase: () => lesson });
		expect(decoded.ok && decoded.state.scenario).toEqual(lesson);
	});

	it('replay a link relative to a base (a lesson) and refuse one whose base changed', () => {
		const lesson = parsedExample('cart');
		const changed = { ...lesson, seed: 99 };
		const fragment = encode(
			{ scenario: changed, tick: 3 },
			{ ref: 'lesson:cart', scenario: lesson }
		);
		expect(decodeShare(fragment, { resolveBase: () => lesson })).toEqual({
			ok: true,
			state: { v: 1, scenario: changed, tick: 3, base: 'lesson:cart' }
		});
		const edited = { ...lesson, title: 'edited' };
		expect(decodeShare(fragment, { resolveBase: () => edited })).toMatchObject({
			ok: false,
			error: { kind: 'newer-version' }
		});
		expect(decodeShare(fragment)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
	});
});

describe('broken links', () => {
	const good = encode({ scenario: parsedExample('inventory'), tick: 40 });
	const kind = (text: string) => {
		const result = decodeShare(text);
		return result.ok ? 'ok' : result.error.kind;
	};

	it.each([
		{ name: 'a cut-off link', text: good.slice(0, good.length - 20), expected: 'truncated' },
		{ name: 'only the marker', text: sharePrefix, expected: 'truncated' },
		{ name: 'an empty fragment', text: '', expected: 'truncated' },
		{ name: 'not a link', text: 'hello', expected: 'corrupt' },
		{
			name: 'a foreign character',
			text: good.slice(0, 10) + '*' + good.slice(11),
			expected: 'corrupt'
		},
		{ name: 'a later format', text: 's3.' + good.slice(3), expected: 'newer-version' },
		{ name: 'a link cut inside its checksum', text: good.slice(0, 8), expected: 'truncated' },
		{
			name: 'a wrong checksum',
			text: sharePrefix + 'AAAAAAAAAA' + good.slice(sharePrefix.length + 10),
			expected: 'corrupt'
		},
		{ name: 'a later version inside', text: wrap('{"v":2,"t":0}'), expected: 'newer-version' },
		{ name: 'JSON of the wrong shape', text: wrap('{"v":1}'), expected: 'corrupt' },
		{ name: 'not JSON', text: wrap('{"v":1,'), expected: 'corrupt' },
		{
			name: 'an invalid scenario',
			text: wrap('{"v":1,"t":0,"s":{"options":{"delivry":1}}}'),
			expected: 'invalid-scenario'
		},
		{ name: 'a tick after the run', text: wrap('{"v":1,"t":201}'), expected: 'invalid-scenario' },
		{
			name: 'too many characters',
			text: 's1.' + 'A'.repeat(shareLimits.fragmentCharsMax),
			expected: 'too-large'
		}
	])('$name is reported as $expected', ({ text, expected }) => {
		expect(kind(text)).toBe(expected);
	});

	it('names the field of an invalid scenario', () => {
		const result = decodeShare(wrap('{"v":1,"t":0,"s":{"network":{"drop":2}}}'));
		expect(result).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('network.drop') }
		});
	});

	it('stop inflating a compression bomb early', () => {
		// 20 MB of spaces inside a JSON string compresses to about 20 KB.
		const bomb = new Uint8Array(20 * 1024 * 1024).fill(32);
		const fragment = checked(bomb);
		expect(fragment.length).toBeLessThan(shareLimits.fragmentCharsMax);
		const result = decodeShare(fragment);
		// Stopped while streaming, as soon as the output passed the bound (not after 20 MB).
		expect(result.ok ? null : result.error).toMatchObject({
			kind: 'too-large',
			message: expect.stringMatching(/expands to more than 262144 bytes/)
		});
	});

	it('never throw on 10,000 random or mutated links, and only accept valid scenarios', () => {
		const samples = domainNames.map((d) => encode({ scenario: parsedExample(d), tick: 1 }));
		const mutated = fc
			.tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.string({ maxLength: 4 }))
			.map(([text, at, cut, insert]) => {
				const i = at % text.length;
				return text.slice(0, i) + insert + text.slice(i + (cut % 5));
			});
		const links = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.string({ unit: 'binary', maxLength: 50 }),
			fc.stringMatching(/^s1\.[A-Za-z0-9_-]{0,300}$/),
			fc.stringMatching(/^s2\.[0-9a-f]{10}\.[A-Za-z0-9_-]{0,300}$/),
			mutated,
			fc.constantFrom(...samples).map((s) => s.slice(0, s.length >> 1))
		);
		fc.assert(
			fc.property(links, (text) => {
				const result = decodeShare(text);
				if (result.ok) expect(parseScenario(result.state.scenario).ok).toBe(true);
				else expect(result.error.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 10_000 }
		);
	});
});

describe('links already shared', () => {
	// A link stores only what differs from the defaults, so the defaults are part of the link
	// format: changing one would silently change what every shared link shows. Links made before
	// scenario format v2 decode against v1's defaults, frozen in legacy.ts.
	it('decode links made before v2 against the v1 defaults, frozen as they were', () => {
		expect(v1Defaults).toEqual(s1Defaults);
	});

	it('reopen exactly what was shared: a link made when s1 was released runs its v1 queue', () => {
		const decoded = decodeShare(s1Link.fragment);
		const migrated = parseScenario(s1Link.scenario);
		if (!migrated.ok) throw new Error('the fixture must be a valid v1 scenario');
		expect(decoded).toEqual({
			ok: true,
			state: expect.objectContaining({
				scenario: migrated.scenario,
				tick: s1Link.tick,
				panels: s1Link.panels
			})
		});
		expect(migrated.scenario.options.broker).toBe('queue');
	});

	it('reopen a link made before v2 against a lesson that still runs as it did', () => {
		const parsed = parseScenario(s1Link.scenario);
		if (!parsed.ok) throw new Error('invalid');
		const lesson = parsed.scenario;
		// What an s1 encoder wrote: the v1 form of the lesson as the base, no `f`.
		const v1Lesson = asV1(lesson) as Record<string, unknown>;
		const wire = {
			v: 1,
			t: 3,
			s: { seed: 8 },
			b: 'lesson:x',
			h: hashString(JSON.stringify(v1Lesson)).slice(-8)
		};
		const fragment =
			uncheckedPrefix + toBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(wire))));
		const decoded = decodeShare(fragment, { resolveBase: () => lesson });
		expect(decoded).toMatchObject({
			ok: true,
			state: { scenario: { ...lesson, seed: 8 }, tick: 3 }
		});
	});

	it('refuse a link made before v2 against a lesson that now runs on a log: it cannot replay it', () => {
		const lesson = parsedExample('cart');
		expect(lesson.options.broker).toBe('log');
		const wire = { v: 1, t: 0, b: 'lesson:x', h: 'deadbeef' };
		const fragment =
			uncheckedPrefix + toBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(wire))));
		expect(decodeShare(fragment, { resolveBase: () => lesson })).toMatchObject({
			ok: false,
			error: { kind: 'newer-version' }
		});
	});
});

describe('a damaged link', () => {
	const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'];

	it('with any one character changed, is refused, never opened as another run', () => {
		fc.assert(
			fc.property(
				scenarioArb,
				fc.nat(),
				fc.nat(),
				fc.constantFrom(...alphabet),
				(scenario, tickSeed, at, replacement) => {
					const fragment = encode({ scenario, tick: tickSeed % (scenario.ticks + 1) });
					const i = at % fragment.length;
					if (fragment[i] === replacement) return;
					const damaged = fragment.slice(0, i) + replacement + fragment.slice(i + 1);
					expect(decodeShare(damaged).ok, damaged).toBe(false);
				}
			),
			{ numRuns: 5_000 }
		);
	});

	it('with one character added or removed, is refused', () => {
		const fragment = encode({ scenario: parsedExample('counter'), tick: 4 });
		for (let i = 0; i < fragment.length; i++) {
			expect(decodeShare(fragment.slice(0, i) + fragment.slice(i + 1)).ok).toBe(false);
			expect(decodeShare(fragment.slice(0, i) + 'A' + fragment.slice(i)).ok).toBe(false);
		}
	});

	it('made before checksums (s1), still opens as it was made', () => {
		const scenario = parsedExample('inventory');
		const made = encode({ scenario, tick: 9 });
		const unchecked = uncheckedPrefix + made.slice(made.lastIndexOf('.') + 1);
		expect(decodeShare(unchecked)).toEqual({ ok: true, state: { v: 1, scenario, tick: 9 } });
	});
});
