// The sandbox starts from the counter example (add(5) delivered twice). The page is prerendered
// with it; a share link or a saved scenario replaces it in the browser after load.
import { examples } from '$lib/engine/scenario/examples';
import { formatScenarioErrors, parseScenario } from '$lib/engine/scenario/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = () => {
	const parsed = parseScenario(examples.counter);
	if (!parsed.ok) throw new Error(`examples.counter: ${formatScenarioErrors(parsed.errors)}`);
	return { scenario: parsed.scenario };
};
