/** CSV export of lab tables (RFC 4180: quoted when needed, CRLF line ends). */

export type CsvValue = string | number | boolean | null;

function cell(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
