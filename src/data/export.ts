// Builds the open-data tables from the collections (used by /data/ pages and files).
import { buildTables } from '../lib/export.ts';
import { entryPath } from '../lib/kinds.ts';
import { getPlan } from './load.ts';

/** The export tables, with absolute permalinks. */
export async function getExportTables() {
  const site = import.meta.env.SITE;
  return buildTables(await getPlan(), (kind, id) => new URL(entryPath(kind, id), site).href);
}
