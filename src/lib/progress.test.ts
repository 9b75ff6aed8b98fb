import { describe, expect, it } from 'vitest';
import {
  barLength,
  formatIndicator,
  indicatorSeries,
  progressConcerning,
  relatedLinks,
  type IndicatorValue,
} from './progress.ts';

const v = (over: Partial<IndicatorValue>): IndicatorValue => ({
  measure: '高新技术产业产值占比',
  value: 50,
  unit: '%',
  period: '2024 年',
  periodKind: 'year',
  source: 'src-a',
  fact: 'PRG-1',
  ...over,
});

describe('formatIndicator', () => {
  it('writes values the way the sources word them', () => {
    expect(formatIndicator({ value: 55.5, unit: '%' })).toBe('55.5%');
    expect(formatIndicator({ value: 600, unit: '项', qualifier: '余' })).toBe('600 余项');
    expect(formatIndicator({ value: 200, unit: '亿元', qualifier: '超过' })).toBe('超过 200 亿元');
    expect(formatIndicator({ value: 1617, unit: '家' })).toBe('1617 家');
  });
});

describe('indicatorSeries', () => {
  it('keeps only measures with more than one value, in item order', () => {
    const series = indicatorSeries([
      { id: 'R01', indicators: [v({ value: 55.5, period: '2024Q1', periodKind: 'quarter' })] },
      { id: 'R02', indicators: [v({ measure: '研发强度', value: 2.85 })] },
      { id: 'R06', indicators: [v({ value: 54.7 })] },
    ]);
    expect(series).toHaveLength(1);
    expect(series[0].values.map((x) => [x.item, x.value])).toEqual([
      ['R01', 55.5],
      ['R06', 54.7],
    ]);
  });

  it('flags a quarter beside a year as not a series, and a single kind as one', () => {
    const mixed = indicatorSeries([
      { id: 'R01', indicators: [v({ periodKind: 'quarter', period: '2024Q1' })] },
      { id: 'R02', indicators: [v({})] },
    ]);
    expect(mixed[0].mixedPeriods).toBe(true);
    const same = indicatorSeries([
      { id: 'R01', indicators: [v({ period: '2023 年' })] },
      { id: 'R02', indicators: [v({})] },
    ]);
    expect(same[0].mixedPeriods).toBe(false);
    const unstated = indicatorSeries([
      { id: 'R01', indicators: [v({ period: '未说明', periodKind: 'unknown' })] },
      { id: 'R02', indicators: [v({ period: '未说明', periodKind: 'unknown' })] },
    ]);
    expect(unstated[0].mixedPeriods).toBe(true);
  });

  it('reports periods with different values as conflicts, equal values as none', () => {
    const series = indicatorSeries([
      { id: 'R12', indicators: [v({ value: 55, period: '十四五末' })] },
      { id: 'R13', indicators: [v({ value: 55.2, period: '十四五末' })] },
      { id: 'R06', indicators: [v({ value: 54.7 })] },
      { id: 'R07', indicators: [v({ value: 54.7 })] },
    ]);
    expect(series[0].conflicts).toEqual(['十四五末']);
  });

  it('never puts values of different units in one series', () => {
    const series = indicatorSeries([
      { id: 'R01', indicators: [v({ measure: '投资', unit: '亿元' })] },
      { id: 'R02', indicators: [v({ measure: '投资', unit: '万元' })] },
    ]);
    expect(series).toEqual([]);
  });
});

describe('barLength', () => {
  it('scales to the largest value of the series', () => {
    expect(barLength(55.5, [55.5, 54.7])).toBe(100);
    expect(barLength(27.75, [55.5, 27.75])).toBe(50);
    expect(barLength(0, [0, 0])).toBe(0);
  });
});

describe('links from progress items', () => {
  const items = [
    {
      id: 'R06',
      date: '2025-03-06',
      links: relatedLinks([
        { statement: { id: 'Q7' }, basis: 'source', note: '同一篇报道' },
        { target: { id: 'G8' }, basis: 'editorial', note: '本站解读' },
      ]),
    },
    {
      id: 'R05',
      date: '2024-12-31',
      links: relatedLinks([{ target: { id: 'G8' }, basis: 'editorial', note: '说法相同' }]),
    },
  ];

  it('reads whichever kind of entry a link names', () => {
    expect(items[0].links.map((l) => [l.id, l.basis])).toEqual([
      ['Q7', 'source'],
      ['G8', 'editorial'],
    ]);
  });

  it('lists the items concerning an entry, newest first', () => {
    expect(progressConcerning('G8', items).map((x) => x.item.id)).toEqual(['R06', 'R05']);
    expect(progressConcerning('Q7', items).map((x) => x.link.basis)).toEqual(['source']);
    expect(progressConcerning('E1', items)).toEqual([]);
  });
});
