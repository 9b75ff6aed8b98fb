// Dated items as a news page shows them: newest first, and the span of years they cover.

/**
 * Items (progress reports, facts) newest first, undated last; a date whose status is unknown
 * counts as none. Partial dates compare as text, so a bare year (`2026`) comes after the
 * dates within it, which it is not known to be newer than. Equal dates by ID, highest first;
 * items without IDs keep their order. Returns a new array.
 */
export function newestFirst<T extends { id?: string; date?: string; dateStatus?: string }>(
  items: readonly T[],
): T[] {
  const key = (x: T) => (x.dateStatus === 'unknown' ? '' : (x.date ?? ''));
  return [...items].sort(
    (a, b) => key(b).localeCompare(key(a)) || (b.id ?? '').localeCompare(a.id ?? ''),
  );
}

/** The years some partial dates cover, as a heading says them: `2024—2026 年`, `2024 年`; '' for none. */
export function yearSpan(dates: ReadonlyArray<string | undefined>): string {
  const years = dates.flatMap((d) => (d && /^\d{4}/.test(d) ? [Number(d.slice(0, 4))] : []));
  if (!years.length) return '';
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return from === to ? `${from} 年` : `${from}—${to} 年`;
}
