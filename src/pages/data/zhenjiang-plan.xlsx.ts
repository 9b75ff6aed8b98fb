// The whole open data as one Excel workbook: a sheet per table, drawn from the
// same column definitions as the CSV files, and a 数据字典 sheet.
import type { APIRoute } from 'astro';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { getExportTables } from '../../data/export.ts';
import { BUILD_DATE } from '../../data/build-info.ts';
import { SITE_NAME } from '../../lib/site.ts';

/** A cell: lists joined as in the CSV, full ISO days as Excel dates (partial dates stay text). */
function cell(value: unknown): ExcelJS.CellValue {
  if (Array.isArray(value)) return value.join('|');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  return (value ?? null) as ExcelJS.CellValue;
}

/** Display width of a cell in characters: CJK characters take two. */
const width = (v: ExcelJS.CellValue) =>
  v instanceof Date ? 10 : [...String(v ?? '')].reduce((n, ch) => n + (ch > '\u2e7f' ? 2 : 1), 0);

/** Adds a sheet with a bold, frozen header row and columns as wide as their text (8–60). */
function addSheet(book: ExcelJS.Workbook, name: string, rows: ExcelJS.CellValue[][]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(60, Math.max(8, ...rows.map((r) => width(r[i]) + 2)));
    if (rows.some((r) => r[i] instanceof Date)) col.numFmt = 'yyyy-mm-dd';
  });
}

export const GET: APIRoute = async () => {
  const tables = await getExportTables();
  const book = new ExcelJS.Workbook();
  const built = new Date(BUILD_DATE);
  Object.assign(book, { creator: SITE_NAME, created: built, modified: built });
  for (const t of tables) {
    const keys = Object.keys(t.columns);
    addSheet(book, t.name, [keys, ...t.rows.map((r) => keys.map((k) => cell(r[k])))]);
  }
  const dictionary = tables.flatMap((t) => [
    ...Object.entries(t.columns).map(([key, description]) => [t.name, t.title, key, description]),
    ...(t.empty ? [[t.name, t.title, '', t.empty]] : []),
  ]);
  addSheet(book, '数据字典', [['表', '表名', '字段', '含义'], ...dictionary]);
  // exceljs zips with JSZip, which stamps each file with the clock unless given a date;
  // the build date keeps two builds of one commit byte-identical.
  JSZip.defaults.date = built;
  return new Response((await book.xlsx.writeBuffer()) as ArrayBuffer, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
};
