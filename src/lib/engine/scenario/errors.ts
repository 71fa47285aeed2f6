/**
 * Scenario errors: each names a field path and what that field allows. zod's issues become
 * these, an unknown key gets a "did you mean" hint, and a list is printed at most so long.
 */
import '../zodConfig';
import type * as z from 'zod/mini';

/** One problem with a scenario: where (`commands[3].data.amount`) and what is allowed there. */
export interface ScenarioError {
	path: string;
	message: string;
}

/** `"a", "b"`: allowed values, as messages list them. */
export const quoteAll = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

export const error = (path: string, message: string): ScenarioError => ({ path, message });

/** How a strict object's unknown-key message starts; the allowed keys follow. */
export const allowedKeysPrefix = 'allowed keys: ';

/** `["commands", 3, "data", "amount"]` → `commands[3].data.amount`; `[]` → `(root)`. */
export function formatPath(segments: readonly PropertyKey[]): string {
	let path = '';
	for (const segment of segments) {
		if (typeof segment === 'number') path += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)))
			path += path === '' ? String(segment) : `.${String(segment)}`;
		else path += `[${JSON.stringify(String(segment))}]`;
	}
	return path === '' ? '(root)' : path;
}

/** Edit distance, to suggest "delivery" for "delivry". */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length];
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
	const near = allowed.find((candidate) => editDistance(key.slice(0, 100), candidate) <= 2);
	const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
	return `unknown key "${key}"${hint}; allowed keys: ${allowed.join(', ') || '(none)'}`;
}

/** One zod issue → errors; an unknown-keys issue becomes one error per key, at that key's path. */
export function fromIssue(
	issue: z.core.$ZodIssue,
	prefix: readonly PropertyKey[],
	shapeKeys?: readonly string[]
): ScenarioError[] {
	const path = [...prefix, ...issue.path];
	if (issue.code !== 'unrecognized_keys')
		return [{ path: formatPath(path), message: issue.message }];
	const allowed = issue.message.startsWith(allowedKeysPrefix)
		? issue.message.slice(allowedKeysPrefix.length).split(', ')
		: (shapeKeys ?? []);
	return issue.keys.map((key) => ({
		path: formatPath([...path, key]),
		message: unknownKeyMessage(key, allowed)
	}));
}

/** Drop repeats (a too-large integer can trip both the safe-integer and the range check). */
export function unique(errors: readonly ScenarioError[]): ScenarioError[] {
	const seen = new Set<string>();
	return errors.filter((e) => {
		const key = `${e.path}\n${e.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Errors as lines `path: message`, at most `max` of them (a broken file can have thousands). */
export function formatScenarioErrors(errors: readonly ScenarioError[], max = 20): string {
	const lines = errors.slice(0, max).map((e) => `${e.path}: ${e.message}`);
	if (errors.length > max) lines.push(`... and ${errors.length - max} more`);
	return lines.join('\n');
}
