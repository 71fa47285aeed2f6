import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration } from './format';

describe('lab number formats', () => {
	it.each([
		[0.000_042, '42 ns'],
		[0.0123, '12.3 µs'],
		[4.567, '4.57 ms'],
		[Infinity, '—']
	])('duration %d ms is %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

	it.each([
		[512, '512 B'],
		[4_200, '4.2 kB'],
		[12_345_678, '12.3 MB']
	])('%d bytes is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

	it('writes counts with grouping', () => expect(formatCount(100_000)).toBe('100,000'));
});
