// Tables for the open-data downloads (/data/): which columns each file has,
// what each column means, and how rows are drawn from the entries. The data
// dictionary page renders these same definitions, so they are written once.
import {
  dateColumns,
  entryFinder,
  refColumns,
  sourceColumns,
  titlesColumn,
  type FindEntry,
} from './export-columns.ts';

/** Replaces every Astro reference `{ id, collection }` in a value by its ID. */
export function flattenRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenRefs);
  if (value && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    const keys = Object.keys(rec);
    if (typeof rec.id === 'string' && typeof rec.collection === 'string' && keys.length === 2)
      return rec.id;
    return Object.fromEntries(keys.map((k) => [k, flattenRefs(rec[k])]));
  }
  return value;
}

/** One column of an export table. */
export interface Column<T> {
  key: string;
  /** What the column holds, in Chinese. */
  description: string;
  get: (row: T) => unknown;
}

/** An export table: file name, title, columns and the rows it is drawn from. */
export interface Table<T = any> {
  name: string;
  title: string;
  columns: Column<T>[];
  rows: T[];
  /** Why the table would have no rows; the dictionary shows it when it has none. */
  empty?: string;
}

/** An entry as the export reads it. */
export type Entry = { id: string; data: Record<string, any> };
type Cit = { source: string; facts: string[] };

const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((x) => String(flattenRefs(x))) : [];
const sourceIds = (e: Entry) => [
  ...new Set(((flattenRefs(e.data.sources) as Cit[] | undefined) ?? []).map((c) => c.source)),
];
/** The columns every entry table starts with. */
export const common = (permalink: (e: Entry) => string, find: FindEntry): Column<Entry>[] => [
  { key: 'id', description: '条目编号，固定不变', get: (e) => e.id },
  { key: 'title', description: '标题', get: (e) => e.data.title },
  { key: 'summary', description: '本站撰写的简介（解读）', get: (e) => e.data.summary },
  { key: 'sources', description: '所据来源编号，多个以 | 分隔，见 sources 表', get: sourceIds },
  titlesColumn('source_titles', '所据来源的', sourceIds, find),
  { key: 'updated', description: '本条最后更新日期（YYYY-MM-DD）', get: (e) => e.data.updated },
  { key: 'url', description: '本条固定链接', get: permalink },
];
const quote = (e: Entry) => e.data.quote?.text ?? e.data.quotes?.[0]?.text ?? e.data.text?.text;

/** Everything the export needs, as plain arrays. */
export interface ExportInput {
  permalink: (kind: string, id: string) => string;
  industries: Entry[];
  tiers: Array<{ id: string; title: string; short: string }>;
  pillars: Entry[];
  aspects: Entry[];
  measures: Entry[];
  programmes: Entry[];
  statements: Entry[];
  targets: Entry[];
  terms: Entry[];
  sources: Entry[];
}

/** Builds every export table from the entries. */
export function buildTables(input: ExportInput): Table[] {
  const { tiers, permalink, ...kinds } = input;
  const find = entryFinder(Object.values(kinds));
  const link = (kind: string) => (e: Entry) => permalink(kind, e.id);
  const start = (kind: string) => common(link(kind), find);
  const tierTitle = (id: string) => tiers.find((t) => t.id === id[0])?.short;
  const facts = input.industries.flatMap((e) =>
    ((flattenRefs(e.data.facts) as any[]) ?? []).map((f) => ({ industry: e.id, ...f })),
  );
  return [
    {
      name: 'industries',
      title: '重点产业方向',
      rows: input.industries,
      columns: [
        ...start('industries'),
        {
          key: 'tier',
          description: '层级：新兴 / 未来 / 传统（由编号首字母 E/F/T 得出）',
          get: (e) => tierTitle(e.id),
        },
        { key: 'aliases', description: '别名（搜索用），以 | 分隔', get: (e) => e.data.aliases },
        { key: 'quote', description: '原文：来源中点名这一方向的原话', get: quote },
        {
          key: 'aspects',
          description: '相关方面编号（本站标注，属解读）',
          get: (e) => ids(e.data.aspects),
        },
        titlesColumn('aspect_titles', '相关方面', (e) => ids(e.data.aspects), find),
        {
          key: 'programmes',
          description: '相关 2024 年工程编号（本站标注，属解读）',
          get: (e) => ids(e.data.programmes),
        },
        titlesColumn('programme_titles', '相关工程', (e) => ids(e.data.programmes), find),
        {
          key: 'unknowns',
          description: '来源没有说明的事项，以 | 分隔',
          get: (e) => e.data.unknowns,
        },
      ],
    },
    {
      name: 'industry-facts',
      title: '产业方向的事实',
      rows: facts,
      columns: [
        ...refColumns('industry', '所属产业方向', (f) => f.industry, find),
        { key: 'fact', description: '事实核查表编号', get: (f) => f.fact },
        ...dateColumns('事实的日期', (f) => f),
        { key: 'text', description: '事实（本站转述）', get: (f) => f.text },
        ...sourceColumns((f) => f.source, find),
        { key: 'caveat', description: '注意事项：旧数据、冲突、推断等', get: (f) => f.caveat },
        { key: 'old', description: '是否为早于方案的旧数据（true/false）', get: (f) => f.old },
      ],
    },
    {
      name: 'pillars',
      title: '三大板块',
      rows: input.pillars,
      columns: [...start('pillars'), { key: 'quote', description: '原文', get: quote }],
    },
    {
      name: 'aspects',
      title: '九个方面',
      rows: input.aspects,
      columns: [
        ...start('aspects'),
        { key: 'quote', description: '原文', get: quote },
        ...refColumns(
          'pillar',
          '所属板块（来源未说明时为空）',
          (e) => flattenRefs(e.data.pillar),
          find,
        ),
      ],
    },
    {
      name: 'measures',
      title: '举措',
      rows: input.measures,
      empty: '来源列出了 30 项举措的总数，但没有列出任何一项，所以本表只有表头。',
      columns: [
        ...start('measures'),
        ...refColumns('aspect', '所属方面', (e) => flattenRefs(e.data.aspect), find),
        { key: 'text', description: '原文：举措条文', get: quote },
        {
          key: 'status',
          description: '状态：unknown / planned / in-progress / done',
          get: (e) => e.data.status,
        },
      ],
    },
    {
      name: 'programmes',
      title: '2024 年四项工程',
      rows: input.programmes,
      columns: [
        ...start('programmes'),
        { key: 'year', description: '年度', get: (e) => e.data.year },
        { key: 'quote', description: '原文', get: quote },
        {
          key: 'aspects',
          description: '相关方面编号（本站标注，属解读）',
          get: (e) => ids(e.data.aspects),
        },
        titlesColumn('aspect_titles', '相关方面', (e) => ids(e.data.aspects), find),
      ],
    },
    {
      name: 'statements',
      title: '讲话与表态',
      rows: input.statements,
      columns: [
        ...start('statements'),
        { key: 'speaker', description: '讲话人', get: (e) => e.data.speaker },
        { key: 'role', description: '职务', get: (e) => e.data.role },
        ...dateColumns('讲话日期', (e) => e.data),
        { key: 'occasion', description: '场合', get: (e) => e.data.occasion },
        { key: 'quote', description: '原文：讲话原话', get: quote },
      ],
    },
    {
      name: 'targets',
      title: '目标',
      rows: input.targets,
      columns: [
        ...start('targets'),
        { key: 'year', description: '目标年份', get: (e) => e.data.year },
        {
          key: 'certainty',
          description:
            '可靠程度：plan 解读稿所述 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
          get: (e) => e.data.certainty,
        },
        { key: 'quote', description: '原文', get: quote },
        { key: 'caveat', description: '注意事项', get: (e) => e.data.caveat },
      ],
    },
    {
      name: 'terms',
      title: '术语',
      rows: input.terms,
      columns: [
        ...start('terms'),
        { key: 'pinyin', description: '拼音', get: (e) => e.data.pinyin },
        { key: 'aliases', description: '别名，以 | 分隔', get: (e) => e.data.aliases },
        { key: 'related', description: '相关条目编号', get: (e) => ids(e.data.related) },
        titlesColumn('related_titles', '相关条目', (e) => ids(e.data.related), find),
      ],
    },
    {
      name: 'sources',
      title: '来源',
      rows: input.sources,
      columns: [
        { key: 'id', description: '来源编号', get: (e) => e.id },
        { key: 'title', description: '文章标题', get: (e) => e.data.title },
        { key: 'outlet', description: '原始媒体', get: (e) => e.data.outlet },
        { key: 'author', description: '作者或记者', get: (e) => e.data.author },
        ...dateColumns('刊发日期', (e) => e.data),
        { key: 'url', description: '可公开的网址；镜像站、垃圾站不提供', get: (e) => e.data.url },
        {
          key: 'reliability',
          description: '来源性质：official / mainstream / repost / mirror / low',
          get: (e) => e.data.reliability,
        },
        { key: 'primary', description: '是否为本站主要来源', get: (e) => e.data.primary },
        { key: 'notes', description: '说明', get: (e) => e.data.notes },
        { key: 'facts', description: '事实核查表编号，以 | 分隔', get: (e) => e.data.facts },
        { key: 'url_page', description: '本站的来源页', get: link('sources') },
      ],
    },
  ];
}

/** The rows of a table as plain records keyed by column. */
export function tableRecords(table: Table): Array<Record<string, unknown>> {
  return table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.key, c.get(r)])));
}

/** The data dictionary: each table's columns with their meaning and, for an empty table, why. */
export function dataDictionary(tables: Table[]) {
  return tables.map((t) => ({
    table: t.name,
    title: t.title,
    rows: t.rows.length,
    empty: t.rows.length ? undefined : t.empty,
    columns: t.columns.map(({ key, description }) => ({ key, description })),
  }));
}
