// Pure logic for the progress items (进展报道): ordering, indicator series,
// conflicts and the links from other entries. Pages pass plain data in.
import type { z } from 'astro/zod';
import type { indicatorSchema } from '../schemas/progress.ts';
import { newestFirst } from './newest.ts';
import { FLAG_WORDS, MIRROR_FLAG } from './labels.ts';

/** Warnings shown beside a flagged item. */
export const FLAG_LABEL = {
  mirror: MIRROR_FLAG,
  inferred: FLAG_WORDS.inferred,
  conflict: `【冲突】${FLAG_WORDS.conflict}`,
} as const;

/** Chinese names of the period kinds (a value of one kind is not in a series with another). */
export const PERIOD_KIND_LABEL = {
  quarter: '季度',
  half: '半年',
  year: '全年',
  'period-end': '期末',
  'multi-year': '多年合计',
  unknown: '时期未说明',
} as const;

/** A reported figure, as in the progress schema, with its source already an ID. */
export type IndicatorValue = Omit<z.output<ReturnType<typeof indicatorSchema>>, 'source'> & {
  source: string;
};

/** All values of one measure, in the order the items report them. */
export type IndicatorSeries = ReturnType<typeof indicatorSeries>[number];

/** A value written as the source words it: `600 余项`, `超过 200 亿元`, `55.5%`. */
export function formatIndicator(v: Pick<IndicatorValue, 'value' | 'unit' | 'qualifier'>): string {
  const unit = v.unit === '%' ? '%' : ` ${v.unit}`;
  if (v.qualifier === '余') return `${v.value} 余${v.unit}`;
  return `${v.qualifier ? `${v.qualifier} ` : ''}${v.value}${unit}`;
}

/**
 * Groups the items' values by measure and keeps the measures with more than one
 * value (those a chart can show), noting mixed periods and conflicting values.
 * Values with different units never share a series.
 */
export function indicatorSeries(
  items: ReadonlyArray<{ id: string; indicators: readonly IndicatorValue[] }>,
) {
  const all = items.flatMap((item) => item.indicators.map((v) => ({ ...v, item: item.id })));
  return [...Map.groupBy(all, (v) => `${v.measure}\u0000${v.unit}`).values()]
    .filter((values) => values.length > 1)
    .map((values) => {
      const byPeriod = Map.groupBy(values, (v) => v.period);
      const kinds = new Set(values.map((v) => v.periodKind));
      return {
        measure: values[0].measure,
        unit: values[0].unit,
        values,
        // A quarter beside a year, or an unstated period, is not a series.
        mixedPeriods: kinds.size > 1 || kinds.has('unknown'),
        // Periods for which sources give different values: both are shown.
        conflicts: [...byPeriod]
          .filter(([, same]) => new Set(same.map((v) => v.value)).size > 1)
          .map(([period]) => period),
      };
    });
}

/** Bar length for a value, as a share (0–100) of the series' largest value, rounded to 0.1. */
export function barLength(value: number, values: readonly number[]): number {
  const max = Math.max(...values);
  return max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
}

/** The related links of an item, with the linked entry's ID whichever kind it is. */
export function relatedLinks<
  L extends Partial<Record<'industry' | 'target' | 'statement', { id: string }>>,
>(related: readonly L[]) {
  return related.map(({ industry, target, statement, ...link }) => ({
    ...link,
    id: (industry ?? target ?? statement)!.id,
  }));
}

/** The progress items that link to an entry, newest first (as /progress/ lists them), each with the link's basis. */
export function progressConcerning<
  T extends { id: string; date?: string },
  L extends { id: string },
>(entryId: string, items: ReadonlyArray<T & { links: readonly L[] }>) {
  return newestFirst(items).flatMap((item) =>
    item.links.filter((l) => l.id === entryId).map((link) => ({ item, link })),
  );
}
