// The whole open data as one Excel workbook: a sheet per table, drawn from the
// same column definitions as the CSV files, and a 数据字典 sheet.
import type { APIRoute } from 'astro';
import ExcelJS from 'exceljs';
import { getExportTables } from '../../data/export.ts';
import { BUILD_DATE } from '../../data/build-info.ts';
import { dataDictionary, tableRecords, type Column } from '../../lib/export.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { setZipTimes } from '../../lib/zip-times.ts';

/** A cell value: lists joined as in the CSV, full ISO days in date columns as Excel dates. */
function cell(column: Column<unknown>, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('|');
  if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(String(value)))
    return new Date(`${value}T00:00:00Z`);
  return value as ExcelJS.CellValue;
}

/** Width in characters of what a column shows, counting CJK characters double, within 8–60. */
function width(texts: string[]): number {
  const len = (t: string) => [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  return Math.min(60, Math.max(8, ...texts.map(len)) + 2);
}

/** Adds a sheet with a frozen header row. */
function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: unknown[][]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  sheet.columns.forEach((col, i) => {
    const texts = [
      header[i],
      ...rows.map((r) => (r[i] instanceof Date ? '2024-01-01' : String(r[i] ?? ''))),
    ];
    col.width = width(texts);
    if (rows.some((r) => r[i] instanceof Date)) col.numFmt = 'yyyy-mm-dd';
  });
}

export const GET: APIRoute = async () => {
  const tables = await getExportTables();
  const book = new ExcelJS.Workbook();
  const built = new Date(`${BUILD_DATE}T00:00:00Z`);
  Object.assign(book, { creator: SITE_NAME, created: built, modified: built });
  for (const t of tables) {
    const records = tableRecords(t);
    const rows = records.map((r) => t.columns.map((c) => cell(c, r[c.key])));
    addSheet(
      book,
      t.name,
      t.columns.map((c) => c.key),
      rows,
    );
  }
  const dictionary = dataDictionary(tables).flatMap((t) => [
    ...t.columns.map((c) => [t.table, t.title, c.key, c.description]),
    ...(t.empty ? [[t.table, t.title, '', t.empty]] : []),
  ]);
  addSheet(book, '数据字典', ['表', '表名', '字段', '含义'], dictionary);
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  return new Response(setZipTimes(bytes, built), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
};
