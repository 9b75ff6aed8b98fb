/** Byte-order mark so Excel opens UTF-8 Chinese text correctly. */
export const BOM = '\uFEFF';

/** Quotes a CSV cell when it holds a comma, quote, or line break (RFC 4180); quotes inside are doubled. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\r\n，]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV with a header line, CRLF line ends and a BOM. */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>,
): string {
  const lines = [
    columns.map(csvCell).join(','),
    ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
