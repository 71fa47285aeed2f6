import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '$lib/engine';
import { localizeScenarioLines, localizeScenarioMessage } from './scenarioErrors';

const hangul = /[\uac00-\ud7a3]/;
const base = { format: 'eventscope/2' };

/** Inputs that trip each kind of validator message a learner can meet in the settings. */
const broken: unknown[] = [
	{ ...base, ticks: 'many' },
	{ ...base, ticks: 0 },
	{ ...base, network: { drop: 2 } },
	{ ...base, network: { delayMin: 5, delayMax: 2 } },
	{ ...base, options: { delivery: 'exactly-once' } },
	{ ...base, options: { delivry: 'at-least-once' } },
	{ ...base, options: { readYourWrites: 'yes' } },
	{ ...base, title: 'x'.repeat(300) },
	{ ...base, commands: 'none' },
	{ ...base, consumers: [{ id: 'Relay' }] },
	{ ...base, consumers: [{ id: 'a' }, { id: 'a' }] },
	{ ...base, faults: [{ at: 1, kind: 'crash', target: 'nobody', duration: 1 }] },
	{ ...base, queries: [{ at: 1, consumer: 'nobody' }] },
	{ ...base, commands: [{ at: 1, stream: 'counter-1', type: 'Jump', data: {} }] },
	{ ...base, commands: [{ at: 1, stream: 'counter-1', type: 'Add', data: { amount: 1.5 } }] },
	{ ...base, commands: [{ at: 999, stream: 'counter-1', type: 'Add', data: { amount: 1 } }] },
	{ format: 'eventscope/3' },
	{ ...base, options: { broker: 'stream' } },
	{}
];

describe('validator messages in Korean', () => {
	const messages = broken.flatMap((input) => {
		const parsed = parseScenario(input);
		if (parsed.ok) throw new Error(`expected errors for ${JSON.stringify(input)}`);
		return parsed.errors.map((e) => e.message);
	});
	const text = parseScenarioText('{ nope');
	if (!text.ok) messages.push(...text.errors.map((e) => e.message));

	it.each(messages.map((m) => [m]))('%s', (message) => {
		const korean = localizeScenarioMessage(message, 'ko');
		expect(korean).toMatch(hangul);
		// Every number and quoted value the learner needs survives the translation.
		for (const kept of message.match(/-?\d+|"[^"]*"/g) ?? []) expect(korean).toContain(kept);
	});

	it.each(
		[
			'the compressed data ends too early',
			'the compressed data is damaged',
			'the link does not hold valid JSON',
			'the link does not hold an EventScope state',
			'this is not an EventScope link',
			'the link ends after its version marker',
			'unknown link version 9',
			'unexpected character at position 14',
			'the link has version 3; this EventScope reads version 1',
			'the link refers to "lesson:nope", which this EventScope does not have',
			'"lesson:outbox" has changed since the link was made, so it cannot be replayed exactly',
			'the link expands to more than 1048576 bytes',
			'the scenario is 2000000 bytes; a link holds at most 1048576',
			'the link would be 90000 characters; at most 65536',
			'the link is 90000 characters; at most 65536 are read',
			"40 is after the run's last tick (30)"
		].map((m) => [m])
	)('a share link detail: %s', (message) => {
		const korean = localizeScenarioMessage(message, 'ko');
		expect(korean).toMatch(hangul);
		for (const kept of message.match(/-?\d+|"[^"]*"/g) ?? []) expect(korean).toContain(kept);
	});

	it('translates each line of a list of errors, keeping the paths', () => {
		expect(
			localizeScenarioLines('ticks: must be an array\nnetwork.drop: something new', 'ko')
		).toBe('ticks: 배열이어야 합니다\nnetwork.drop: something new');
	});

	it('leaves English as the engine wrote it, and an unknown message as it is', () => {
		expect(localizeScenarioMessage('must be an array', 'en')).toBe('must be an array');
		expect(localizeScenarioMessage('something new', 'ko')).toBe('something new');
	});
});
