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
