// Column builders shared by the open-data tables: partial dates split so that
// spreadsheets can sort and filter them, and references that carry the title
// (and, for sources, the outlet and link) of the entry they point to.
import type { CollectionEntry } from 'astro:content';
import type { EntryKind } from './ids.ts';
import { DATE_STATUS_VALUES, PARTIAL_DATE_PATTERN } from '../schemas/shared.ts';

/** One column of an export table. */
export interface Column<T> {
  key: string;
  /** What the column holds, in Chinese. */
  description: string;
  // A method, so that a table of any row type is a Table.
  get(row: T): unknown;
}

/** An export table: file name, title, columns and the rows it is drawn from. */
export interface Table<T = unknown> {
  name: string;
  title: string;
  columns: Column<T>[];
  rows: T[];
  /** Why the table would have no rows; the dictionary shows it when it has none. */
  empty?: string;
}

/** What columns look up by ID: the title of any entry, and the sources. */
export interface Lookup {
  titleOf: (id: string) => string | undefined;
  sourceOf: (id: string) => CollectionEntry<'sources'>['data'] | undefined;
}

/** A column that copies one field of an entry's data. */
export function field<D extends object>(
  key: keyof D & string,
  description: string,
): Column<{ data: D }> {
  return { key, description, get: (e) => e.data[key] };
}

/** Splits `2024`, `2024-08` or `2024-08-05` into numbers; anything else is of unknown precision. */
export function splitDate(date: string | undefined) {
  if (!date || !PARTIAL_DATE_PATTERN.test(date)) return { precision: 'unknown' };
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day, precision: day ? 'day' : month ? 'month' : 'year' };
}

/** The columns of a dated row: ISO text, year, month and day as numbers, precision and status. */
export function dateColumns<T>(
  what: string,
  pick: (row: T) => { date?: string; dateStatus?: string },
): Column<T>[] {
  const part = (row: T): { year?: number; month?: number; day?: number; precision: string } =>
    splitDate(pick(row).date);
  return [
    {
      key: 'date',
      description: `${what}，ISO 格式文本：YYYY、YYYY-MM 或 YYYY-MM-DD，精度见 date_precision`,
      get: (r) => pick(r).date,
    },
    { key: 'year', description: '年份（数字）；日期不详时为空', get: (r) => part(r).year },
    { key: 'month', description: '月份（数字）；只知道年份时为空', get: (r) => part(r).month },
    { key: 'day', description: '日（数字）；只知道年月时为空', get: (r) => part(r).day },
    {
      key: 'date_precision',
      description: '日期精度：year 到年 / month 到月 / day 到日 / unknown 不详',
      get: (r) => part(r).precision,
    },
    {
      key: 'date_status',
      description: `日期来历：${DATE_STATUS_VALUES}`,
      get: (r) => pick(r).dateStatus,
    },
  ];
}

/** Two columns for a reference to one entry: `<name>_id` and `<name>_title`. */
export function refColumns<T>(
  name: string,
  what: string,
  id: (row: T) => string | undefined,
  look: Lookup,
): Column<T>[] {
  return [
    { key: `${name}_id`, description: `${what}编号`, get: id },
    { key: `${name}_title`, description: `${what}名称`, get: (r) => look.titleOf(id(r) ?? '') },
  ];
}

/** A column with the titles of a list of references, in the order of their IDs. */
export function titlesColumn<T>(
  key: string,
  what: string,
  ids: (row: T) => string[],
  look: Lookup,
): Column<T> {
  return {
    key,
    description: `${what}名称，与编号一一对应，以 | 分隔`,
    get: (r) => ids(r).map((id) => look.titleOf(id) ?? ''),
  };
}

/** The columns that name a row's source: ID, title, outlet and link. */
export function sourceColumns<T>(id: (row: T) => string, look: Lookup): Column<T>[] {
  return [
    ...refColumns('source', '来源', id, look),
    {
      key: 'source_outlet',
      description: '来源的原始媒体',
      get: (r) => look.sourceOf(id(r))?.outlet,
    },
    {
      key: 'source_url',
      description: '来源网址；镜像站、垃圾站和低可靠站点不提供，与本站来源页一致',
      get: (r) => look.sourceOf(id(r))?.url,
    },
  ];
}

/** An entry that cites sources: every kind but the sources themselves. */
export type Cited = CollectionEntry<Exclude<EntryKind, 'sources'>>;

const sourceIds = (e: Cited) => [...new Set(e.data.sources.map((c) => c.source.id))];

/** The columns every entry table starts with. */
export const common = (permalink: (e: { id: string }) => string, look: Lookup): Column<Cited>[] => [
  { key: 'id', description: '条目编号，固定不变', get: (e) => e.id },
  field('title', '标题'),
  field('summary', '本站撰写的简介（解读）'),
  { key: 'sources', description: '所据来源编号，多个以 | 分隔，见 sources 表', get: sourceIds },
  titlesColumn('source_titles', '所据来源的', sourceIds, look),
  field('updated', '本条最后更新日期（YYYY-MM-DD）'),
  { key: 'url', description: '本条固定链接', get: permalink },
];
