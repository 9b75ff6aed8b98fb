import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportTables } from '../../data/export.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getExportTables()).map((t) => ({ params: { name: t.name } }));

export const GET: APIRoute = async ({ params }) => {
  const table = (await getExportTables()).find((t) => t.name === params.name)!;
  return new Response(toCsv(Object.keys(table.columns), table.rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
