import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportTables, type ExportTable } from '../../data/export.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getExportTables()).map((table) => ({ params: { name: table.name }, props: { table } }));

export const GET: APIRoute<{ table: ExportTable }> = ({ props: { table } }) =>
  new Response(toCsv(Object.keys(table.columns), table.rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
