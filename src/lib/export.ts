// Tables for the open-data downloads (/data/): which columns each file has,
// what each column means, and how rows are drawn from the entries. The data
// dictionary page renders these same definitions, so they are written once.
import type { CollectionEntry } from 'astro:content';
import type { EntryKind } from './ids.ts';
import {
  common,
  dateColumns,
  field,
  refColumns,
  sourceColumns,
  titlesColumn,
  type Column,
  type Lookup,
  type Table,
} from './export-columns.ts';
import { progressTables } from './export-progress.ts';

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

/** Everything the export reads: the entries of every kind, the tiers, and lookups by ID. */
export type ExportInput = { [K in EntryKind]: CollectionEntry<K>[] } & {
  tiers: ReadonlyArray<{ id: string; short: string }>;
  index: ReadonlyMap<string, { title: string }>;
  sourcesById: ReadonlyMap<string, CollectionEntry<'sources'>>;
};

const ids = (refs: ReadonlyArray<{ id: string }>) => refs.map((r) => r.id);

type Of<K extends EntryKind> = CollectionEntry<K>;

/** A table, typed by its rows so that the compiler checks its columns. */
const table = <T>(rows: T[], t: Omit<Table<T>, 'rows'>): Table<T> => ({ ...t, rows });

/** Builds every export table from the entries. */
export function buildTables(
  input: ExportInput,
  permalink: (kind: EntryKind, id: string) => string,
): Table[] {
  const look: Lookup = {
    titleOf: (id) => input.index.get(id)?.title,
    sourceOf: (id) => input.sourcesById.get(id)?.data,
  };
  const link = (kind: EntryKind) => (e: { id: string }) => permalink(kind, e.id);
  const start = (kind: EntryKind) => common(link(kind), look);
  const tierTitle = (id: string) => input.tiers.find((t) => t.id === id[0])?.short;
  const facts = input.industries.flatMap((e) =>
    e.data.facts.map((f) => ({ ...f, industry: e.id, source: f.source.id })),
  );
  type Fact = (typeof facts)[number];
  const aspects: Column<Of<'industries'> | Of<'programmes'>>[] = [
    {
      key: 'aspects',
      description: '相关方面编号（本站标注，属解读）',
      get: (e) => ids(e.data.aspects),
    },
    titlesColumn('aspect_titles', '相关方面', (e) => ids(e.data.aspects), look),
  ];
  return [
    table<Of<'industries'>>(input.industries, {
      name: 'industries',
      title: '重点产业方向',
      columns: [
        ...start('industries'),
        {
          key: 'tier',
          description: '层级：新兴 / 未来 / 传统（由编号首字母 E/F/T 得出）',
          get: (e) => tierTitle(e.id),
        },
        field('aliases', '别名（搜索用），以 | 分隔'),
        {
          key: 'quote',
          description: '原文：来源中点名这一方向的原话',
          get: (e) => e.data.quotes[0]?.text,
        },
        ...aspects,
        {
          key: 'programmes',
          description: '相关 2024 年工程编号（本站标注，属解读）',
          get: (e) => ids(e.data.programmes),
        },
        titlesColumn('programme_titles', '相关工程', (e) => ids(e.data.programmes), look),
        field('unknowns', '来源没有说明的事项，以 | 分隔'),
      ],
    }),
    table<Fact>(facts, {
      name: 'industry-facts',
      title: '产业方向的事实',
      columns: [
        ...refColumns('industry', '所属产业方向', (f: Fact) => f.industry, look),
        { key: 'fact', description: '事实核查表编号', get: (f) => f.fact },
        ...dateColumns('事实的日期', (f: Fact) => f),
        { key: 'text', description: '事实（本站转述）', get: (f) => f.text },
        ...sourceColumns((f: Fact) => f.source, look),
        { key: 'caveat', description: '注意事项：旧数据、冲突、推断等', get: (f) => f.caveat },
        { key: 'old', description: '是否为早于方案的旧数据（true/false）', get: (f) => f.old },
      ],
    }),
    table<Of<'pillars'>>(input.pillars, {
      name: 'pillars',
      title: '三大板块',
      columns: [
        ...start('pillars'),
        { key: 'quote', description: '原文', get: (e) => e.data.quote.text },
      ],
    }),
    table<Of<'aspects'>>(input.aspects, {
      name: 'aspects',
      title: '九个方面',
      columns: [
        ...start('aspects'),
        { key: 'quote', description: '原文', get: (e) => e.data.quote.text },
        ...refColumns(
          'pillar',
          '所属板块（来源未说明时为空）',
          (e: Of<'aspects'>) => e.data.pillar?.id,
          look,
        ),
      ],
    }),
    table<Of<'measures'>>(input.measures, {
      name: 'measures',
      title: '举措',
      empty: '来源列出了 30 项举措的总数，但没有列出任何一项，所以本表只有表头。',
      columns: [
        ...start('measures'),
        ...refColumns('aspect', '所属方面', (e: Of<'measures'>) => e.data.aspect.id, look),
        { key: 'text', description: '原文：举措条文', get: (e) => e.data.text.text },
        field('status', '状态：unknown / planned / in-progress / done'),
      ],
    }),
    table<Of<'programmes'>>(input.programmes, {
      name: 'programmes',
      title: '2024 年四项工程',
      columns: [
        ...start('programmes'),
        field('year', '年度'),
        { key: 'quote', description: '原文', get: (e) => e.data.quote.text },
        ...aspects,
      ],
    }),
    table<Of<'statements'>>(input.statements, {
      name: 'statements',
      title: '讲话与表态',
      columns: [
        ...start('statements'),
        field('speaker', '讲话人'),
        field('role', '职务'),
        ...dateColumns('讲话日期', (e: Of<'statements'>) => e.data),
        field('occasion', '场合'),
        { key: 'quote', description: '原文：讲话原话', get: (e) => e.data.quote.text },
      ],
    }),
    table<Of<'targets'>>(input.targets, {
      name: 'targets',
      title: '目标',
      columns: [
        ...start('targets'),
        field('year', '目标年份'),
        field(
          'certainty',
          '可靠程度：plan 解读稿所述 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
        ),
        { key: 'quote', description: '原文', get: (e) => e.data.quote.text },
        field('caveat', '注意事项'),
      ],
    }),
    table<Of<'terms'>>(input.terms, {
      name: 'terms',
      title: '术语',
      columns: [
        ...start('terms'),
        field('pinyin', '拼音'),
        field('aliases', '别名，以 | 分隔'),
        field('related', '相关条目编号'),
        titlesColumn('related_titles', '相关条目', (e) => e.data.related, look),
      ],
    }),
    table<Of<'sources'>>(input.sources, {
      name: 'sources',
      title: '来源',
      columns: [
        { key: 'id', description: '来源编号', get: (e) => e.id },
        field('title', '文章标题'),
        field('outlet', '原始媒体'),
        field('author', '作者或记者'),
        ...dateColumns('刊发日期', (e: Of<'sources'>) => e.data),
        field('url', '可公开的网址；镜像站、垃圾站不提供'),
        field('reliability', '来源性质：official / mainstream / repost / mirror / low'),
        field('primary', '是否为本站主要来源'),
        field('notes', '说明'),
        field('facts', '事实核查表编号，以 | 分隔'),
        { key: 'url_page', description: '本站的来源页', get: link('sources') },
      ],
    }),
    ...progressTables(input.progress, link('progress'), look),
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
