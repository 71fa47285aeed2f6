import { describe, expect, it } from 'vitest';
import { addToRow, rowOr, setRow, sortedRecord } from './rows';

describe('rows', () => {
	it('treats keys named like Object.prototype members as absent until set', () => {
		const rows: Record<string, number> = {};
		expect(rowOr(rows, 'constructor', 0)).toBe(0);
		addToRow(rows, 'constructor', 2);
		addToRow(rows, 'toString', 1);
		expect(rows).toEqual({ constructor: 2, toString: 1 });
	});

	it('stores __proto__ as an own row without touching the prototype', () => {
		const rows: Record<string, number> = {};
		setRow(rows, '__proto__', 3);
		addToRow(rows, '__proto__', 1);
		expect(Object.getPrototypeOf(rows)).toBe(Object.prototype);
		expect(JSON.stringify(rows)).toBe('{"__proto__":4}');
	});

	it('copies with keys in code-unit order', () => {
		expect(Object.keys(sortedRecord({ b: 1, B: 2, a: 3 }))).toEqual(['B', 'a', 'b']);
	});
});
