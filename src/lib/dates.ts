/** How a date is known, as in the schemas. */
export type DateStatus = 'stated' | 'inferred' | 'unknown';

/** Writes `2024`, `2024-07` or `2024-07-05` the Chinese way: 2024 年 7 月 5 日. */
export function formatPartialDate(date: string): string {
  return date
    .split('-')
    .map((part, i) => `${Number(part)} ${'年月日'[i]}`)
    .join(' ');
}

/** A date with how it is known: `2024 年 7 月（推断）`, or `日期不详` when unknown. */
export function describeDate(date: string | undefined, status: DateStatus): string {
  if (status === 'unknown' || !date) return '日期不详';
  return status === 'inferred' ? `${formatPartialDate(date)}（推断）` : formatPartialDate(date);
}

/** The newest `updated: YYYY-MM-DD` day in some content files' text, or undefined when none has one. */
export function newestUpdated(texts: Iterable<string>): string | undefined {
  const days = [...texts].flatMap((text) =>
    [...text.matchAll(/^updated:\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*$/gm)].map((m) => m[1]),
  );
  return days.sort().at(-1);
}
