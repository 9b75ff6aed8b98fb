import { describe, expect, it } from 'vitest';
import { newestFirst, yearSpan } from './newest.ts';

describe('newestFirst', () => {
  it('puts the newest date first and undated items last', () => {
    const items = [
      { id: 'R1', date: '2024-04-26' },
      { id: 'R2' },
      { id: 'R3', date: '2026-01-22' },
      { id: 'R4', date: '2025-03' },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['R3', 'R4', 'R1', 'R2']);
  });
  it('orders a bare year after the full dates within it, and equal dates by ID, highest first', () => {
    const items = [
      { id: 'R07', date: '2026' },
      { id: 'R12', date: '2026-01-22' },
      { id: 'R13', date: '2026' },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['R12', 'R13', 'R07']);
  });
  it('does not reorder its input', () => {
    const items = [
      { id: 'A', date: '2024' },
      { id: 'B', date: '2025' },
    ];
    newestFirst(items);
    expect(items.map((i) => i.id)).toEqual(['A', 'B']);
  });
});

describe('yearSpan', () => {
  it('gives the first and last year of partial dates', () => {
    expect(yearSpan(['2025-03-06', '2024-04-26', '2026', undefined])).toBe('2024—2026 年');
  });
  it('gives one year when all dates share it, and nothing without dates', () => {
    expect(yearSpan(['2024-07', '2024'])).toBe('2024 年');
    expect(yearSpan([undefined])).toBe('');
  });
});

const fact = (name: string, date: string | undefined, dateStatus = 'stated') =>
  ({ name, date, dateStatus }) as { name: string; date?: string; dateStatus: 'stated' };

describe('newestFirst on facts', () => {
  it('puts a full date before its month and a month before its bare year', () => {
    const sorted = newestFirst([
      fact('year', '2024'),
      fact('day', '2024-07-21'),
      fact('month', '2024-06'),
      fact('older', '2023-12-31'),
    ]);
    expect(sorted.map((f) => f.name)).toEqual(['day', 'month', 'year', 'older']);
  });

  it('sorts inferred dates by their date and puts unknown dates last, keeping their order', () => {
    const sorted = newestFirst([
      fact('unknown-a', undefined, 'unknown'),
      fact('stated', '2023'),
      fact('unknown-b', '2025', 'unknown'),
      fact('inferred', '2026', 'inferred'),
    ]);
    expect(sorted.map((f) => f.name)).toEqual(['inferred', 'stated', 'unknown-a', 'unknown-b']);
  });

  it('leaves the input untouched', () => {
    const input = [fact('a', '2020'), fact('b', '2021')];
    newestFirst(input);
    expect(input.map((f) => f.name)).toEqual(['a', 'b']);
  });
});
