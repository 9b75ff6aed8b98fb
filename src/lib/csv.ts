import { stringify } from 'csv-stringify/sync';

/**
 * Rows as CSV for Excel and WPS: a byte-order mark so they read the UTF-8 Chinese text, CRLF
 * line ends, lists joined with |. Cells with a full-width comma, a line break or spaces at
 * either end are quoted too, as are (RFC 4180) those with a comma or a quote.
 */
export function toCsv(columns: string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  return stringify([...rows], {
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
