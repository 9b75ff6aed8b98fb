// The built CSV files, read back by a well-kept RFC 4180 parser (not the site's own writer).
import { parse } from 'csv-parse/sync';

/** Rows of strings keyed by the header line; a leading BOM is dropped. */
export const parseCsv = (text: string): Array<Record<string, string>> =>
  parse(text, { columns: true, bom: true });
