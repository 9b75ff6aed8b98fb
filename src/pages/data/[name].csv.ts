import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportTables } from '../../data/export.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths = (async () =>
  (await getExportTables()).map((table) => ({
    params: { name: table.name },
    props: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props: { table } }) =>
  new Response(toCsv(Object.keys(table.columns), table.rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
