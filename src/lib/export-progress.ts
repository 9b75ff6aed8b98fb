// The open-data tables of the progress items (进展报道) and their figures,
// kept apart from export.ts so that file stays about the plan's own entries.
import { common, flattenRefs, type Entry, type Table } from './export.ts';
import { DATE_STATUS_VALUES } from '../schemas/shared.ts';
import {
  dateColumns,
  refColumns,
  sourceColumns,
  titlesColumn,
  type FindEntry,
} from './export-columns.ts';

/** progress.csv (one row per item) and indicators.csv (one row per reported figure). */
export function progressTables(
  progress: Entry[],
  permalink: (e: Entry) => string,
  find: FindEntry,
): Table[] {
  const related = (e: Entry) => flattenRefs(e.data.related) as any[];
  const relatedId = (r: any): string => r.industry ?? r.target ?? r.statement;
  const indicators = progress.flatMap((e) =>
    ((flattenRefs(e.data.indicators) as any[]) ?? []).map((v) => ({ item: e.data, ...v })),
  );
  const sourceOf = (v: any) => find(v.source)?.data ?? {};
  return [
    {
      name: 'progress',
      title: '进展报道',
      rows: progress,
      columns: [
        ...common(permalink, find),
        ...dateColumns('事件或报道日期', (e) => e.data),
        {
          key: 'flags',
          description: '提示：mirror 仅见于镜像 / inferred 含推断 / conflict 来源冲突，以 | 分隔',
          get: (e) => e.data.flags,
        },
        { key: 'caveat', description: '注意事项', get: (e) => e.data.caveat },
        {
          key: 'claim',
          description: '原文：报道把结果归于方案的原话',
          get: (e) => e.data.claim?.text,
        },
        {
          key: 'related',
          description: '相关条目编号:依据（source 来源写明 / editorial 本站解读），以 | 分隔',
          get: (e) => related(e).map((r) => `${relatedId(r)}:${r.basis}`),
        },
        titlesColumn('related_titles', '相关条目', (e) => related(e).map(relatedId), find),
      ],
    },
    {
      name: 'indicators',
      title: '进展中的指标数值',
      rows: indicators,
      columns: [
        ...refColumns('item', '所属进展条目', (v) => v.item.id, find),
        { key: 'measure', description: '指标（全站统一的名称）', get: (v) => v.measure },
        {
          key: 'wording',
          description: '来源对这一指标的用语（与统一名称相同时照抄）',
          get: (v) => v.wording ?? v.measure,
        },
        { key: 'value', description: '数值', get: (v) => v.value },
        { key: 'unit', description: '单位', get: (v) => v.unit },
        {
          key: 'qualifier',
          description: '来源的限定语：余 / 超过 / 预计超过',
          get: (v) => v.qualifier,
        },
        { key: 'period', description: '数值所属时期', get: (v) => v.period },
        {
          key: 'periodKind',
          description: '时期类型：quarter / half / year / period-end / multi-year / unknown',
          get: (v) => v.periodKind,
        },
        {
          key: 'event_date',
          description: '所属进展条目的事件或报道日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为空',
          get: (v) => v.item.date,
        },
        {
          key: 'event_date_status',
          description: `事件日期的来历：${DATE_STATUS_VALUES}`,
          get: (v) => v.item.dateStatus,
        },
        ...sourceColumns((v) => v.source, find),
        {
          key: 'source_date',
          description: '来源的日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为空',
          get: (v) => sourceOf(v).date,
        },
        {
          key: 'source_date_status',
          description: `来源日期的来历：${DATE_STATUS_VALUES}`,
          get: (v) => sourceOf(v).dateStatus,
        },
        {
          key: 'source_date_of',
          description:
            '来源日期是什么日期：published 刊发日期 / event 所报事件的日期 / page 转载页日期；空为刊发日期',
          get: (v) => sourceOf(v).dateOf,
        },
        { key: 'fact', description: '事实核查表编号', get: (v) => v.fact },
        { key: 'note', description: '注意事项', get: (v) => v.note },
      ],
    },
  ];
}
