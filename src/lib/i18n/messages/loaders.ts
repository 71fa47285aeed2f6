/**
 * The UI strings come in areas (one file each, see index.ts), and a page loads only the areas it
 * shows (routeAreas.ts says which). `areaLoaders` turns a language's `import.meta.glob` of the
 * area files into one loader per area, each giving that area's table in that language.
 */

export type Table = Record<string, string>;
type AreaModule = Record<string, Record<'en' | 'ko', Table>>;

/** The areas, by the name of their file. */
export const areaNames = [
	'common',
	'home',
	'sim',
	'labs',
	'settings',
	'sharing',
	'panels',
	'spaceTime',
	'lessons',
	'model',
	'picture',
	'storage',
	'notes',
	'lessonEdit'
] as const;
export type Area = (typeof areaNames)[number];

export function areaLoaders(
	modules: Record<string, () => Promise<unknown>>,
	lang: 'en' | 'ko',
	edit: (text: string) => string = (text) => text
): Record<Area, () => Promise<Table>> {
	const loaders = {} as Record<Area, () => Promise<Table>>;
	for (const [path, load] of Object.entries(modules)) {
		const name = /\.\/(\w+)\.ts$/.exec(path)?.[1] as Area;
		if (!areaNames.includes(name)) throw new Error(`messages: ${path} is not a known area`);
		loaders[name] = async () => {
			const table: Table = {};
			for (const area of Object.values((await load()) as AreaModule))
				for (const [key, text] of Object.entries(area[lang])) table[key] = edit(text);
			return table;
		};
	}
	for (const name of areaNames)
		if (!loaders[name]) throw new Error(`messages: no file for the area ${name}`);
	return loaders;
}
