// The open-data tables of the progress items (进展报道) and their figures,
// kept apart from export.ts so that file stays about the plan's own entries.
import type { CollectionEntry } from 'astro:content';
import { DATE_STATUS_VALUES } from '../schemas/shared.ts';
import {
  dateColumns,
  field,
  refColumns,
  sourceColumns,
  titlesColumn,
  common,
  type Column,
  type Lookup,
  type Table,
} from './export-columns.ts';

type Item = CollectionEntry<'progress'>;
type Related = Item['data']['related'][number];

const relatedId = (r: Related) => (r.industry ?? r.target ?? r.statement)!.id;

/** progress.csv (one row per item) and indicators.csv (one row per reported figure). */
export function progressTables(
  progress: Item[],
  permalink: (e: { id: string }) => string,
  look: Lookup,
): Table[] {
  const indicators = progress.flatMap((e) =>
    e.data.indicators.map((v) => ({ ...v, item: e, source: v.source.id })),
  );
  type Value = (typeof indicators)[number];
  const items: Table<Item> = {
    name: 'progress',
    title: '进展报道',
    rows: progress,
    columns: [
      ...common(permalink, look),
      ...dateColumns('事件或报道日期', (e: Item) => e.data),
      field('flags', '提示：mirror 仅见于镜像 / inferred 含推断 / conflict 来源冲突，以 | 分隔'),
      field('caveat', '注意事项'),
      {
        key: 'claim',
        description: '原文：报道把结果归于方案的原话',
        get: (e) => e.data.claim?.text,
      },
      {
        key: 'related',
        description: '相关条目编号:依据（source 来源写明 / editorial 本站解读），以 | 分隔',
        get: (e) => e.data.related.map((r) => `${relatedId(r)}:${r.basis}`),
      },
      titlesColumn('related_titles', '相关条目', (e) => e.data.related.map(relatedId), look),
    ],
  };
  const value = (key: keyof Value & string, description: string): Column<Value> => ({
    key,
    description,
    get: (v) => v[key],
  });
  const sourceDate = (v: Value) => look.sourceOf(v.source);
  const values: Table<Value> = {
    name: 'indicators',
    title: '进展中的指标数值',
    rows: indicators,
    columns: [
      ...refColumns('item', '所属进展条目', (v: Value) => v.item.id, look),
      value('measure', '指标（全站统一的名称）'),
      {
        key: 'wording',
        description: '来源对这一指标的用语（与统一名称相同时照抄）',
        get: (v) => v.wording ?? v.measure,
      },
      value('value', '数值'),
      value('unit', '单位'),
      value('qualifier', '来源的限定语：余 / 超过 / 预计超过'),
      value('period', '数值所属时期'),
      value('periodKind', '时期类型：quarter / half / year / period-end / multi-year / unknown'),
      {
        key: 'event_date',
        description: '所属进展条目的事件或报道日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为空',
        get: (v) => v.item.data.date,
      },
      {
        key: 'event_date_status',
        description: `事件日期的来历：${DATE_STATUS_VALUES}`,
        get: (v) => v.item.data.dateStatus,
      },
      ...sourceColumns((v: Value) => v.source, look),
      {
        key: 'source_date',
        description: '来源的日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为空',
        get: (v) => sourceDate(v)?.date,
      },
      {
        key: 'source_date_status',
        description: `来源日期的来历：${DATE_STATUS_VALUES}`,
        get: (v) => sourceDate(v)?.dateStatus,
      },
      {
        key: 'source_date_of',
        description:
          '来源日期是什么日期：published 刊发日期 / event 所报事件的日期 / page 转载页日期；空为刊发日期',
        get: (v) => sourceDate(v)?.dateOf,
      },
      value('fact', '事实核查表编号'),
      value('note', '注意事项'),
    ],
  };
  return [items, values];
}
