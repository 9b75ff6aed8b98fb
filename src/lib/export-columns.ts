// Column builders shared by the open-data tables: partial dates split so that
// spreadsheets can sort and filter them, and references that carry the title
// (and, for sources, the outlet and link) of the entry they point to.
import type { Column, Entry } from './export.ts';
import { DATE_STATUS_VALUES, PARTIAL_DATE_PATTERN } from '../schemas/shared.ts';

/** A partial date split into numbers, with how precise it is. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  precision: 'year' | 'month' | 'day' | 'unknown';
}

/** Splits `2024`, `2024-08` or `2024-08-05` into numbers; anything else is of unknown precision. */
export function splitDate(date: string | undefined): DateParts {
  if (!date || !PARTIAL_DATE_PATTERN.test(date)) return { precision: 'unknown' };
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day, precision: day ? 'day' : month ? 'month' : 'year' };
}

/** The columns of a dated row: ISO text, year, month and day as numbers, precision and status. */
export function dateColumns<T = any>(
  what: string,
  pick: (row: T) => { date?: string; dateStatus?: string },
): Column<T>[] {
  const part = (row: T) => splitDate(pick(row).date);
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

/** Finds any entry (source or not) by its ID; IDs are unique across kinds. */
export type FindEntry = (id: string) => Entry | undefined;

/** A FindEntry over some lists of entries. */
export function entryFinder(lists: Entry[][]): FindEntry {
  const byId = new Map(lists.flat().map((e) => [e.id, e]));
  return (id) => byId.get(id);
}

/** Two columns for a reference to one entry: `<name>_id` and `<name>_title`. */
export function refColumns<T = any>(
  name: string,
  what: string,
  id: (row: T) => unknown,
  find: FindEntry,
): Column<T>[] {
  return [
    { key: `${name}_id`, description: `${what}编号`, get: id },
    {
      key: `${name}_title`,
      description: `${what}名称`,
      get: (r) => find(String(id(r)))?.data.title,
    },
  ];
}

/** A column with the titles of a list of references, in the order of their IDs. */
export function titlesColumn<T = any>(
  key: string,
  what: string,
  ids: (row: T) => string[],
  find: FindEntry,
): Column<T> {
  return {
    key,
    description: `${what}名称，与编号一一对应，以 | 分隔`,
    get: (r) => ids(r).map((id) => find(id)?.data.title ?? ''),
  };
}

/** The columns that name a row's source: ID, title, outlet and link. */
export function sourceColumns<T = any>(id: (row: T) => string, find: FindEntry): Column<T>[] {
  return [
    ...refColumns('source', '来源', id, find),
    { key: 'source_outlet', description: '来源的原始媒体', get: (r) => find(id(r))?.data.outlet },
    {
      key: 'source_url',
      description: '来源网址；镜像站、垃圾站和低可靠站点不提供，与本站来源页一致',
      get: (r) => find(id(r))?.data.url,
    },
  ];
}
