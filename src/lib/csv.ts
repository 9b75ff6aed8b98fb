import { stringify } from 'csv-stringify/sync';

/** Rows as CSV for Excel and WPS: BOM, CRLF, lists joined with |, and quotes also round a full-width comma or edge spaces. */
export function toCsv(columns: string[], rows: Array<Record<string, unknown>>): string {
  return stringify(rows, {
    bom: true,
    header: true,
    columns,
    record_delimiter: 'windows',
    quoted_match: /[\r\n，]|^\s|\s$/,
    cast: {
      boolean: String,
      object: (value) => (Array.isArray(value) ? value.join('|') : String(value)),
    },
  });
}
