/**
 * How deeply JSON nests, measured without recursion. JSON.parse, zod, the share links' patching
 * and `{i}` substitution all recurse into nested values, so 40,000 levels of `[[[…]]]` overflowed
 * the stack ("Maximum call stack size exceeded") instead of being refused. A scenario needs about
 * five levels; anything deeper than `limits.nestingDepthMax` is refused before any of them runs.
 */
import { limits } from './limits';

export const nestingMessage = `is nested deeper than ${limits.nestingDepthMax} levels (the limit)`;

/** Whether JSON text opens more than `max` arrays or objects inside one another (strings skipped). */
export function textNestsDeeper(text: string, max: number = limits.nestingDepthMax): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c)
				i++; // a backslash escapes the next character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x5b || c === 0x7b) {
			if (++depth > max) return true;
		} else if (c === 0x5d || c === 0x7d) depth--;
	}
	return false;
}

/** Whether a value nests arrays or objects more than `max` deep (an explicit stack, no recursion). */
export function valueNestsDeeper(value: unknown, max: number = limits.nestingDepthMax): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	const seen = new Set<object>();
	while (stack.length > 0) {
		const [v, depth] = stack.pop()!;
		if (v === null || typeof v !== 'object' || seen.has(v)) continue;
		if (depth + 1 > max) return true;
		seen.add(v);
		for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
	}
	return false;
}
