// Builds the open-data tables from the collections (used by /data/ pages and files).
import { buildTables } from '../lib/export.ts';
import { entryFinder } from '../lib/export-columns.ts';
import { progressTables } from '../lib/export-progress.ts';
import { entryPath, isEntryKind } from '../lib/ids.ts';
import { getPlan } from './load.ts';
import { withBase } from '../lib/site-url.ts';

/** The export tables, with absolute permalinks. */
export async function getExportTables() {
  const p = await getPlan();
  const site = import.meta.env.SITE;
  const permalink = (kind: string, id: string) =>
    new URL(isEntryKind(kind) ? entryPath(kind, id) : withBase('/'), site).href;
  const plan = buildTables({
    permalink,
    industries: p.industries,
    tiers: p.tiers,
    pillars: p.pillars,
    aspects: p.aspects,
    measures: p.measures,
    programmes: p.programmes,
    statements: p.statements,
    targets: p.targets,
    terms: p.terms,
    sources: p.sources,
  });
  const find = entryFinder([p.sources, p.industries, p.statements, p.targets, p.progress]);
  return [...plan, ...progressTables(p.progress, (e) => permalink('progress', e.id), find)];
}
