/**
 * The UI strings each route shows at first paint, by area (messages/<area>.ts): the root layout
 * loads them before the page renders, and the prerendered page preloads them (hooks.server.ts).
 * What a page loads later on demand (the sandbox's settings form, a panel) asks for its own
 * areas (`lazy(…, areas)`). A route not listed (the 404 page) loads every area.
 * tests/e2e/korean-routes.spec.ts checks that no route shows a key in either language.
 */
import { areaNames, type Area } from './messages/loaders';

/** Every page's header, navigation, error page and saved-state notes. */
const frame: Area[] = ['common'];
/** The picture of the system (Topology and what it draws). */
const picture: Area[] = ['sim', 'storage', 'picture'];
/** A lesson page, wherever the lesson comes from. */
const lesson: Area[] = [...picture, 'lessons', 'lessonEdit'];

const byRoute: Record<string, Area[]> = {
	'/': ['home', 'notes', ...picture],
	'/sim': [...picture, 'panels', 'sharing', 'lessonEdit'],
	'/compare': ['labs'],
	'/lab': ['labs'],
	'/lab/compare': ['labs', 'storage'],
	'/lab/consistency': ['labs'],
	'/lab/snapshots': ['labs'],
	'/lessons': ['home', 'notes', 'lessons', 'lessonEdit'],
	'/lessons/[slug]': lesson,
	'/lessons/edit': lesson,
	'/lessons/play': [...lesson, 'sharing'],
	'/model': ['model', 'picture', 'sim']
};

/** The areas of a route (its id, as SvelteKit's `route.id`; null: an unknown address). */
export function areasOf(routeId: string | null): readonly Area[] {
	const own = routeId === null ? undefined : byRoute[routeId];
	return own ? [...new Set([...frame, ...own])] : areaNames;
}
