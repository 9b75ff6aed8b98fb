// The open-data tables of the progress items (落实进展) and their figures,
// kept apart from export.ts so that file stays about the plan's own entries.
import { common, flattenRefs, type Entry, type Table } from './export.ts';
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
    ((flattenRefs(e.data.indicators) as any[]) ?? []).map((v) => ({ item: e.id, ...v })),
  );
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
        ...refColumns('item', '所属进展条目', (v) => v.item, find),
        { key: 'measure', description: '指标（来源用语）', get: (v) => v.measure },
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
        ...sourceColumns((v) => v.source, find),
        { key: 'fact', description: '事实核查表编号', get: (v) => v.fact },
        { key: 'note', description: '注意事项', get: (v) => v.note },
      ],
    },
  ];
}
