// Tables for the open-data downloads (/data/): which columns each file has,
// what each column means, and how rows are drawn from the entries. The data
// dictionary page renders these same definitions, so they are written once.

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
}

/** An entry as the export reads it. */
export type Entry = { id: string; data: Record<string, any> };
type Cit = { source: string; facts: string[] };

const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((x) => String(flattenRefs(x))) : [];
const sourceIds = (e: Entry) =>
  ((flattenRefs(e.data.sources) as Cit[] | undefined) ?? []).map((c) => c.source);
/** The columns every entry table starts with. */
export const common = (permalink: (e: Entry) => string): Column<Entry>[] => [
  { key: 'id', description: '条目编号，固定不变', get: (e) => e.id },
  { key: 'title', description: '标题', get: (e) => e.data.title },
  { key: 'summary', description: '本站撰写的简介（解读）', get: (e) => e.data.summary },
  { key: 'sources', description: '所据来源编号，多个以 | 分隔，见 sources 表', get: sourceIds },
  { key: 'updated', description: '本条最后更新日期', get: (e) => e.data.updated },
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
  const link = (kind: string) => (e: Entry) => input.permalink(kind, e.id);
  const tierTitle = (id: string) => input.tiers.find((t) => t.id === id[0])?.short;
  const facts = input.industries.flatMap((e) =>
    ((flattenRefs(e.data.facts) as any[]) ?? []).map((f) => ({ industry: e.id, ...f })),
  );
  return [
    {
      name: 'industries',
      title: '重点产业方向',
      rows: input.industries,
      columns: [
        ...common(link('industries')),
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
        {
          key: 'programmes',
          description: '相关 2024 年工程编号（本站标注，属解读）',
          get: (e) => ids(e.data.programmes),
        },
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
        { key: 'industry', description: '所属产业方向编号', get: (f) => f.industry },
        { key: 'fact', description: '事实核查表编号', get: (f) => f.fact },
        { key: 'date', description: '日期（YYYY、YYYY-MM 或 YYYY-MM-DD）', get: (f) => f.date },
        {
          key: 'dateStatus',
          description: '日期来历：stated 来源写明 / inferred 推断 / unknown 不详',
          get: (f) => f.dateStatus,
        },
        { key: 'text', description: '事实（本站转述）', get: (f) => f.text },
        { key: 'source', description: '来源编号', get: (f) => f.source },
        { key: 'caveat', description: '注意事项：旧数据、冲突、推断等', get: (f) => f.caveat },
        { key: 'old', description: '是否为早于方案的旧数据（true/false）', get: (f) => f.old },
      ],
    },
    {
      name: 'pillars',
      title: '三大板块',
      rows: input.pillars,
      columns: [...common(link('pillars')), { key: 'quote', description: '原文', get: quote }],
    },
    {
      name: 'aspects',
      title: '九个方面',
      rows: input.aspects,
      columns: [
        ...common(link('aspects')),
        { key: 'quote', description: '原文', get: quote },
        {
          key: 'pillar',
          description: '所属板块编号；来源未说明时为空',
          get: (e) => flattenRefs(e.data.pillar),
        },
      ],
    },
    {
      name: 'measures',
      title: '举措',
      rows: input.measures,
      columns: [
        ...common(link('measures')),
        { key: 'aspect', description: '所属方面编号', get: (e) => flattenRefs(e.data.aspect) },
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
        ...common(link('programmes')),
        { key: 'year', description: '年度', get: (e) => e.data.year },
        { key: 'quote', description: '原文', get: quote },
        {
          key: 'aspects',
          description: '相关方面编号（本站标注，属解读）',
          get: (e) => ids(e.data.aspects),
        },
      ],
    },
    {
      name: 'statements',
      title: '讲话与表态',
      rows: input.statements,
      columns: [
        ...common(link('statements')),
        { key: 'speaker', description: '讲话人', get: (e) => e.data.speaker },
        { key: 'role', description: '职务', get: (e) => e.data.role },
        { key: 'date', description: '日期', get: (e) => e.data.date },
        {
          key: 'dateStatus',
          description: '日期来历：stated / inferred / unknown',
          get: (e) => e.data.dateStatus,
        },
        { key: 'occasion', description: '场合', get: (e) => e.data.occasion },
        { key: 'quote', description: '原文：讲话原话', get: quote },
      ],
    },
    {
      name: 'targets',
      title: '目标',
      rows: input.targets,
      columns: [
        ...common(link('targets')),
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
        ...common(link('terms')),
        { key: 'pinyin', description: '拼音', get: (e) => e.data.pinyin },
        { key: 'aliases', description: '别名，以 | 分隔', get: (e) => e.data.aliases },
        { key: 'related', description: '相关条目编号', get: (e) => e.data.related },
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
        { key: 'date', description: '日期', get: (e) => e.data.date },
        {
          key: 'dateStatus',
          description: '日期来历：stated / inferred / unknown',
          get: (e) => e.data.dateStatus,
        },
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
