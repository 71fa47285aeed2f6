/**
 * Settings that are valid but probably not what the user meant: the app and the CLI show them as
 * warnings, never as errors (a lesson may want exactly this behaviour, to show it).
 */
import type { ScenarioError } from './errors';
import type { Scenario } from './types';

/** The worst round trip of one copy and its ack: there and back at the longest delay, plus the tick between apply and ack. */
const worstRoundTrip = (scenario: Scenario): number => 2 * scenario.network.delayMax + 1;

export function scenarioWarnings(scenario: Scenario): ScenarioError[] {
	const { ackTimeout, broker, delivery } = scenario.options;
	const warnings: ScenarioError[] = [];
	const roundTrip = worstRoundTrip(scenario);
	if (broker === 'queue' && delivery === 'at-least-once' && ackTimeout < roundTrip)
		warnings.push({
			path: 'options.ackTimeout',
			message: `is ${ackTimeout}, below the worst round trip (2 × network.delayMax + 1 = ${roundTrip}): the queue will send copies again to consumers that are healthy, only slow`
		});
	return warnings;
}
