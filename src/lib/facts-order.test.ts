import { describe, expect, it } from 'vitest';
import { newestFirst } from './facts-order.ts';

const fact = (name: string, date: string | undefined, dateStatus = 'stated') =>
  ({ name, date, dateStatus }) as { name: string; date?: string; dateStatus: 'stated' };

describe('newestFirst', () => {
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
