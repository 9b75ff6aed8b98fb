import { describe, expect, it } from 'vitest';
import { dateColumns, dateValues, flattenRefs, table } from './export-columns.ts';

describe('dateValues', () => {
  it('splits a year, a month and a day into numbers with their precision', () => {
    expect(dateValues({ date: '2023', dateStatus: 'stated' })).toMatchObject({
      year: 2023,
      month: undefined,
      date_precision: 'year',
    });
    expect(dateValues({ date: '2024-08', dateStatus: 'inferred' })).toEqual({
      date: '2024-08',
      year: 2024,
      month: 8,
      day: undefined,
      date_precision: 'month',
      date_status: 'inferred',
    });
    expect(dateValues({ date: '2026-01-21' })).toMatchObject({
      year: 2026,
      month: 1,
      day: 21,
      date_precision: 'day',
    });
  });
  it('calls a missing or malformed date unknown and gives no numbers', () => {
    for (const date of [undefined, '', '2024/08/01', '24-08', '2024-8', 'unknown'])
      expect(dateValues({ date }), String(date)).toMatchObject({
        year: undefined,
        month: undefined,
        day: undefined,
        date_precision: 'unknown',
      });
  });
  it('gives a value for every date column', () => {
    expect(Object.keys(dateValues({}))).toEqual(Object.keys(dateColumns('日期')));
  });
});

describe('table', () => {
  it('keeps the columns of each row, in their order, with references as IDs', () => {
    const t = table({
      name: 't',
      title: '表',
      items: [{ id: 'A1', pillar: { id: 'P1', collection: 'pillars' }, extra: 1 }],
      columns: { pillar: '板块', id: '编号' },
      row: (e) => e,
    });
    expect(t.rows).toEqual([{ pillar: 'P1', id: 'A1' }]);
    expect(Object.keys(t.rows[0])).toEqual(['pillar', 'id']);
  });
});

describe('flattenRefs', () => {
  it('replaces references at any depth and leaves other objects alone', () => {
    const ref = { id: 'S1', collection: 'sources' };
    expect(flattenRefs({ quote: { text: '原话', source: ref }, list: [ref] })).toEqual({
      quote: { text: '原话', source: 'S1' },
      list: ['S1'],
    });
  });
});
