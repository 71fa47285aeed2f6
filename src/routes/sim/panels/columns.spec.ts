import { describe, expect, it } from 'vitest';
import { examples, parseScenario, type Run, simulate } from '$lib/engine';
import { charsWide, eventColumns } from './columns';

const runOf = (input: object): Run => {
	const parsed = parseScenario(input);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return simulate(parsed.scenario);
};

describe('the event-store table’s columns are as wide as what they hold in the run', () => {
	it('numbers get a character per digit, at least a header’s four', () => {
		expect(charsWide(3)).toBe('calc(4ch + 0.6rem)');
		expect(charsWide(6)).toBe('calc(6ch + 0.6rem)');
	});

	it('a long run’s four-digit positions get room for "●#", four digits and bold', () => {
		// A store of 1,200 events on one stream, appended one a tick from tick 3.
		const events = Array.from({ length: 1200 }, (_, i) => ({
			globalPosition: i + 1,
			streamId: 'counter-1',
			version: i + 1,
			eventId: `e${i + 1}`,
			type: 'Added',
			data: { amount: 5 },
			tick: i + 3,
			commandId: `c${i + 1}`
		}));
		const run = { logs: { events, byStream: new Map([['counter-1', events]]) } } as unknown as Run;
		const columns = eventColumns(run);
		expect(columns.position).toBe(charsWide(7));
		expect(columns.version).toBe(charsWide(4));
		expect(columns.tick).toBe(charsWide(4));
	});

	it('a type fits its longest word; data fits up to fourteen characters, then wraps', () => {
		const cart = eventColumns(runOf(examples.cart));
		// ItemAdded, ItemRemoved, CheckedOut: "Removed" and "Checked" are the longest words.
		expect(cart.type).toBe(charsWide(7 + 1));
		// {"sku":"apple", "qty":2} is longer than fourteen characters.
		expect(cart.data).toBe(charsWide(14));
		const counter = eventColumns(runOf(examples.counter));
		expect(counter.data).toBe(charsWide('{"amount":5}'.length));
	});
});
