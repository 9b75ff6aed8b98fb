// Dated items as a news page shows them: newest first, and the span of years they cover.
import { dateSortKey } from './dates.ts';

/**
 * Items newest first, undated last; a bare year (`2026`) after the full dates within it,
 * whose day is known; equal dates by ID, highest first.
 */
export function newestFirst<T extends { id: string; date?: string }>(items: readonly T[]): T[] {
  const key = (x: T) => (x.date ? dateSortKey(x.date) : '');
  return [...items].sort((a, b) => key(b).localeCompare(key(a)) || b.id.localeCompare(a.id));
}

/** The years some partial dates cover, as a heading says them: `2024—2026 年`, `2024 年`; '' for none. */
export function yearSpan(dates: ReadonlyArray<string | undefined>): string {
  const years = dates.flatMap((d) => (d && /^\d{4}/.test(d) ? [Number(d.slice(0, 4))] : []));
  if (!years.length) return '';
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return from === to ? `${from} 年` : `${from}—${to} 年`;
}
