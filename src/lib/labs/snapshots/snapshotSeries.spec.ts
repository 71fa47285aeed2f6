import { describe, expect, it } from 'vitest';
import { labLogs, labStream } from '$lib/engine';
import { measureCell } from './measure';
import {
	csvHeader,
	csvRows,
	lawChecks,
	replaySeries,
	storageSeries,
	timeSeries
} from './snapshotSeries';

const clock = () => {
	let now = 0;
	return () => (now += 1);
};
const fast = { runs: 1, minRunMs: 1, loadsPerRound: 4 };
const label = (k: number) => (k ? `every ${k}` : 'none');

describe('snapshot lab series', () => {
	const logs = labLogs(labStream(1_000));
	const cells = [0, 10, 100].map((k) => measureCell(logs, k, clock(), fast));

	it('replay: one series per interval, one point per stream length, exact', () => {
		const series = replaySeries(label);
		expect(series.map((s) => s.label)).toEqual(['none', 'every 10', 'every 100', 'every 1000']);
		expect(series[0].points[0]).toEqual({ x: 10, y: 4.5 });
		expect(series[0].points).toHaveLength(5);
	});

	it('time and storage: points only where a cell has been measured', () => {
		expect(timeSeries(cells, label)[0].points.map((p) => p.x)).toEqual([1_000]);
		expect(timeSeries(cells, label)[3].points).toEqual([]);
		const storage = storageSeries(cells, label, 'events');
		expect(storage.map((s) => s.label)).toEqual(['events', 'every 10', 'every 100', 'every 1000']);
		expect(storage[0].points[0].y).toBe(cells[0].storage.eventBytes);
		expect(storage[1].points[0].y).toBe(cells[1].storage.snapshotBytes);
		expect(storage[1].points[0].y).toBeLessThan(storage[0].points[0].y);
	});

	it('CSV rows match the header', () => {
		for (const row of csvRows(cells)) expect(row).toHaveLength(csvHeader.length);
		expect(csvRows(cells)[0][0]).toBe(1_000);
	});

	it('law checks: one per length, over the longest tail', () => {
		const checks = lawChecks(cells);
		expect(checks).toHaveLength(1);
		expect(checks[0].interval).toBe(100);
		expect(checks[0].check?.holds).toBe(true);
	});
});
