import type { APIRoute } from 'astro';
import { getExportTables } from '../../data/export.ts';
import { flattenRefs } from '../../lib/export-columns.ts';
import { getPlan } from '../../data/load.ts';
import { BUILD_DATE } from '../../data/build-info.ts';
import { LICENCE, SITE_NAME } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const tables = await getExportTables();
  const body = {
    site: SITE_NAME,
    licence: LICENCE,
    buildDate: BUILD_DATE,
    plan: flattenRefs((await getPlan()).plan),
    dictionary: tables.map((t) => ({
      table: t.name,
      title: t.title,
      rows: t.rows.length,
      empty: t.empty,
      columns: Object.entries(t.columns).map(([key, description]) => ({ key, description })),
    })),
    ...Object.fromEntries(tables.map((t) => [t.name, t.rows])),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
