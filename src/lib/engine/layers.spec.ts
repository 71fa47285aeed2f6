/**
 * The engine's floors, kept by a test rather than by hope. From the bottom:
 *
 *   0. primitives: the loose files at the engine's root (random, hash, own, writes, zodConfig);
 *   1. run/: the ground floor, what one run is made of (world, context, trace, counts, logs);
 *   2. the subsystems: domains, scenario, eventStore, snapshots, commandHandling, readSide;
 *   3. simulation/: the tick loop, the timeline and its checkpoints, the report;
 *   4. analysis/ and testing/: what is asked of a finished run;
 *   5. the engine's root index.ts, its public face, when there is one.
 *
 * The rule: a file imports only from its own floor or below. One exception, and only for types:
 * run/ may name a subsystem's types (`import type`) for the shapes a run is made of (a scenario,
 * a decider, a projection, a stored event), never call its code; type-only imports vanish when
 * compiled, so they make no cycle at run time. Specs may import anything (a subsystem's spec
 * runs a whole simulation). A new folder fails here until it is given a floor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const engineDir = 'src/lib/engine';

const floorOfFolder: Readonly<Record<string, number>> = {
	run: 1,
	domains: 2,
	scenario: 2,
	eventStore: 2,
	snapshots: 2,
	commandHandling: 2,
	readSide: 2,
	simulation: 3,
	analysis: 4,
	testing: 4
};
const floorNames = ['primitives', 'run', 'subsystems', 'simulation', 'analysis', 'public face'];

/** A path inside the engine (`run/world.ts`) → its floor; undefined for a folder with none. */
function floorOf(path: string): number | undefined {
	const [first, ...rest] = path.split('/');
	if (rest.length === 0) return first === 'index.ts' ? 5 : 0;
	return floorOfFolder[first];
}

/** The file a resolved specifier names: a folder (`'../simulation'`, `'$lib/engine'`) is its index. */
function modulePath(target: string): string {
	if (target === '' || target === '.') return 'index.ts';
	if (target.endsWith('.ts')) return target;
	return target in floorOfFolder ? `${target}/index.ts` : `${target}.ts`;
}

interface Import {
	readonly from: string;
	readonly typeOnly: boolean;
}

/** Every module a source file names: static imports and re-exports, `import()` calls and types. */
function importsOf(source: string): Import[] {
	const file = ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, false);
	const found: Import[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			const named = clause?.namedBindings;
			const allNamedTypes =
				named !== undefined &&
				ts.isNamedImports(named) &&
				named.elements.length > 0 &&
				named.elements.every((e) => e.isTypeOnly);
			const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && allNamedTypes));
			found.push({ from: node.moduleSpecifier.text, typeOnly });
		} else if (
			ts.isExportDeclaration(node) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			found.push({ from: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteral(node.arguments[0])
		) {
			found.push({ from: node.arguments[0].text, typeOnly: false });
		} else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		) {
			found.push({ from: node.argument.literal.text, typeOnly: true });
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** What is wrong with one file's imports, as lines a reader can act on. */
function violationsOf(path: string, source: string): string[] {
	const floor = floorOf(path);
	if (floor === undefined) return [`${path}: its folder has no floor in layers.spec.ts`];
	const wrong: string[] = [];
	for (const { from, typeOnly } of importsOf(source)) {
		let target: string;
		if (from.startsWith('.')) target = normalize(join(dirname(path), from));
		else if (from.startsWith('$lib/engine')) target = relative('$lib/engine', from);
		else if (from.startsWith('$lib/') || from.startsWith('$app/'))
			// Outside the engine altogether: the eslint rules already refuse Svelte and the app.
			target = '..';
		else continue; // a package (immer, zod)
		if (target.startsWith('..')) {
			wrong.push(`${path} imports '${from}', outside the engine`);
			continue;
		}
		const targetFloor = floorOf(modulePath(target));
		if (targetFloor === undefined || targetFloor <= floor) continue;
		if (floor === 1 && targetFloor === 2 && typeOnly) continue;
		wrong.push(
			`${path} (${floorNames[floor]}) imports '${from}' (${floorNames[targetFloor]}), a floor above it`
		);
	}
	return wrong;
}

function engineSources(dir = ''): string[] {
	return readdirSync(join(engineDir, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = dir ? `${dir}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return engineSources(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
	});
}

describe('the engine’s floors', () => {
	it('no file imports from a floor above its own', () => {
		const sources = engineSources();
		expect(sources.length).toBeGreaterThan(50);
		const wrong = sources.flatMap((path) =>
			violationsOf(path, readFileSync(join(engineDir, path), 'utf8'))
		);
		expect(wrong).toEqual([]);
	});

	describe('the check itself', () => {
		it('refuses a subsystem that reaches up into the tick loop', () => {
			expect(
				violationsOf('readSide/broker.ts', "import { step } from '../simulation/step';")
			).toEqual([
				"readSide/broker.ts (subsystems) imports '../simulation/step' (simulation), a floor above it"
			]);
		});

		it('refuses the ground floor calling a subsystem, even when it also names a type', () => {
			const source = "import { projections, type Projection } from '../readSide/projections';";
			expect(violationsOf('run/context.ts', source)).toHaveLength(1);
		});

		it('lets the ground floor name a subsystem’s type, in either spelling', () => {
			const source = [
				"import type { Scenario } from '../scenario/types';",
				"import { type StoredEvent } from '../eventStore/types';",
				"export type { Projection } from '../readSide/projection';"
			].join('\n');
			expect(violationsOf('run/world.ts', source)).toEqual([]);
		});

		it('refuses a type from a floor above for anyone else', () => {
			const source = "import type { Run } from '../simulation/timeline';";
			expect(violationsOf('snapshots/foldCache.ts', source)).toHaveLength(1);
		});

		it('finds dynamic imports and re-exports, and reads a folder as its index', () => {
			const source = [
				"const lazy = () => import('../analysis/lineage');",
				"export { simulate } from '../simulation';"
			].join('\n');
			expect(violationsOf('eventStore/eventStore.ts', source)).toHaveLength(2);
		});

		it('asks a new folder to be given a floor', () => {
			expect(violationsOf('brokers/kafka.ts', '')).toEqual([
				'brokers/kafka.ts: its folder has no floor in layers.spec.ts'
			]);
		});
	});
});
