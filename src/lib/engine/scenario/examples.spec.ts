/**
 * Every example scenario is valid, is about its own domain, and sends at least one command.
 */
import { describe, expect, it } from 'vitest';
import { domainNames } from '../domains/decider';
import { examples } from './examples';
import { expandCommands, formatScenarioErrors, parseScenario } from './schema';

describe('examples', () => {
	it.each(domainNames)('%s parses and sends commands', (domain) => {
		const result = parseScenario(examples[domain]);
		if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
		expect(result.scenario.domain).toBe(domain);
		expect(expandCommands(result.scenario).length).toBeGreaterThan(0);
	});
});
