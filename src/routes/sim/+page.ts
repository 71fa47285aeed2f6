// The sandbox starts from the counter example (add(5) delivered twice). The page is prerendered
// with it; a share link or a saved scenario replaces it in the browser after load.
import { examples, formatScenarioErrors, parseScenario } from '$lib/engine';
import type { PageLoad } from './$types';

export const load: PageLoad = () => {
	const parsed = parseScenario(examples.counter);
	if (!parsed.ok) throw new Error(`examples.counter: ${formatScenarioErrors(parsed.errors)}`);
	return { scenario: parsed.scenario };
};
