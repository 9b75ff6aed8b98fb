import { afterEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { setZipTimes } from './zip-times.ts';

/** A small workbook written while the clock reads `now`. */
async function workbookAt(now: string): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date('2026-01-01T00:00:00Z');
  book.addWorksheet('表').addRow(['编号', '名称']);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

afterEach(() => vi.useRealTimers());

describe('setZipTimes', () => {
  it('makes workbooks written at different times byte-identical, and still readable', async () => {
    const early = await workbookAt('2026-03-01T08:00:00Z');
    const late = await workbookAt('2026-03-02T17:31:10Z');
    expect(Buffer.from(early).equals(Buffer.from(late))).toBe(false);
    const day = new Date('2026-01-01T00:00:00Z');
    expect(Buffer.from(setZipTimes(early, day)).equals(Buffer.from(setZipTimes(late, day)))).toBe(
      true,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(early.buffer as ArrayBuffer);
    expect(book.getWorksheet('表')!.getRow(1).values).toEqual([undefined, '编号', '名称']);
  });
  it('refuses bytes that are not a zip archive', () => {
    expect(() => setZipTimes(new Uint8Array(40), new Date())).toThrow(/not a zip/);
  });
});
