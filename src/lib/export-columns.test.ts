import { describe, expect, it } from 'vitest';
import { dateColumns, sourceColumns, splitDate, type Lookup } from './export-columns.ts';

describe('splitDate', () => {
  it('splits a year, a month and a day into numbers with their precision', () => {
    expect(splitDate('2023')).toEqual({ year: 2023, precision: 'year' });
    expect(splitDate('2024-08')).toEqual({ year: 2024, month: 8, precision: 'month' });
    expect(splitDate('2026-01-21')).toEqual({ year: 2026, month: 1, day: 21, precision: 'day' });
  });
  it('calls a missing or malformed date unknown and gives no numbers', () => {
    for (const d of [undefined, '', '2024/08/01', '24-08', '2024-8', 'unknown'])
      expect(splitDate(d), String(d)).toEqual({ precision: 'unknown' });
  });
});

describe('dateColumns', () => {
  it('keeps the ISO text and adds numbers, precision and status', () => {
    const cols = dateColumns('日期', (r: { date?: string; dateStatus?: string }) => r);
    const row = { date: '2024-08', dateStatus: 'inferred' };
    expect(Object.fromEntries(cols.map((c) => [c.key, c.get(row)]))).toEqual({
      date: '2024-08',
      year: 2024,
      month: 8,
      day: undefined,
      date_precision: 'month',
      date_status: 'inferred',
    });
  });
});

describe('sourceColumns', () => {
  it('names the source and leaves the link empty when the source has none', () => {
    const sources = new Map([
      ['src-a', { title: '甲文', outlet: '新华社', url: 'https://example.org/a' }],
      ['src-b', { title: '乙文', outlet: '某镜像' }],
    ]);
    const look = {
      titleOf: (id: string) => sources.get(id)?.title,
      sourceOf: (id: string) => sources.get(id),
    } as Lookup;
    const cols = sourceColumns((id: string) => id, look);
    const values = (id: string) => cols.map((c) => c.get(id));
    expect(values('src-a')).toEqual(['src-a', '甲文', '新华社', 'https://example.org/a']);
    expect(values('src-b')).toEqual(['src-b', '乙文', '某镜像', undefined]);
  });
});
