/**
 * The scenarios a sandbox starts from, validated. Apart from location.ts (which reads share links
 * and so needs the codec), so that a page can start a run without loading the codec.
 */
import {
	type DomainName,
	domainNames,
	type ExampleName,
	examples,
	parseScenario,
	type Scenario
} from '$lib/engine';

/** A domain's example scenario (or the two-domain one), validated (every default filled in). */
export function exampleScenario(domain: ExampleName): Scenario {
	const parsed = parseScenario(examples[domain]);
	if (!parsed.ok) throw new Error(`the ${domain} example must be valid`);
	return parsed.scenario;
}

export const defaultSandboxDomain: DomainName = domainNames[0];

/** The scenario a fresh sandbox (no link, nothing saved) starts from. */
export function defaultSandboxScenario(): Scenario {
	return exampleScenario(defaultSandboxDomain);
}
