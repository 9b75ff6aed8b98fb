// What the open-data tables are made of. Partial dates are split into numbers so that
// spreadsheets can sort and filter them.
import { DATE_STATUS_VALUES, PARTIAL_DATE_PATTERN } from '../schemas/shared.ts';
import { isReference } from './links.ts';

/** Replaces every Astro reference `{ id, collection }` in a value by its ID. */
export function flattenRefs(value: unknown): unknown {
  if (isReference(value)) return value.id;
  if (Array.isArray(value)) return value.map(flattenRefs);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flattenRefs(v)]));
  return value;
}

/**
 * An export table: file name, title, what each column holds (in file order), the rows and,
 * for a table without rows, why (`empty`). The compiler checks the columns against the rows:
 * a row holds every column (and may hold more, such as the rest of an entry's data). Rows
 * keep the columns only, in their order, with references as IDs.
 */
export function table<T, R, K extends keyof R & string>(t: {
  name: string;
  title: string;
  empty?: string;
  items: readonly T[];
  columns: Record<K, string>;
  row: (item: T) => R;
}) {
  const keys = Object.keys(t.columns) as K[];
  const rows: Array<Record<string, unknown>> = t.items.map((item) => {
    const row = t.row(item);
    return Object.fromEntries(keys.map((k) => [k, flattenRefs(row[k])]));
  });
  const empty = rows.length ? undefined : t.empty;
  return { name: t.name, title: t.title, columns: t.columns, rows, empty };
}

/** The columns of a date: ISO text, year, month and day as numbers, precision and status. */
export const dateColumns = (what: string) => ({
  date: `${what}，ISO 格式文本：YYYY、YYYY-MM 或 YYYY-MM-DD，精度见 date_precision`,
  year: '年份（数字）；日期不详时为空',
  month: '月份（数字）；只知道年份时为空',
  day: '日（数字）；只知道年月时为空',
  date_precision: '日期精度：year 到年 / month 到月 / day 到日 / unknown 不详',
  date_status: `日期来历：${DATE_STATUS_VALUES}`,
});

const PRECISION = ['unknown', 'year', 'month', 'day'];

/** A date's values for dateColumns; a missing or malformed date is of unknown precision. */
export function dateValues({ date, dateStatus }: { date?: string; dateStatus?: string }) {
  const parts = date && PARTIAL_DATE_PATTERN.test(date) ? date.split('-').map(Number) : [];
  const [year, month, day] = parts;
  return {
    date,
    year,
    month,
    day,
    date_precision: PRECISION[parts.length],
    date_status: dateStatus,
  };
}

/** Two columns for a reference to one entry: `<name>_id` and `<name>_title`. */
export const refColumns = <N extends string>(name: N, what: string) =>
  ({ [`${name}_id`]: `${what}编号`, [`${name}_title`]: `${what}名称` }) as Record<
    `${N}_id` | `${N}_title`,
    string
  >;

/** What a column of titles beside a list of IDs holds. */
export const titlesNote = (what: string) => `${what}名称，与编号一一对应，以 | 分隔`;

/** The columns that name a row's source: ID, title, outlet and link. */
export const SOURCE_COLUMNS = {
  ...refColumns('source', '来源'),
  source_outlet: '来源的原始媒体',
  source_url: '来源网址；镜像站、垃圾站和低可靠站点不提供，与本站来源页一致',
};

/** The columns every entry table starts with. */
export const ENTRY_COLUMNS = {
  id: '条目编号，固定不变',
  title: '标题',
  summary: '本站撰写的简介（解读）',
  sources: '所据来源编号，多个以 | 分隔，见 sources 表',
  source_titles: titlesNote('所据来源的'),
  updated: '本条最后更新日期（YYYY-MM-DD）',
  url: '本条固定链接',
};
