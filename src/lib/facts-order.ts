import type { DateStatus } from './dates.ts';

/** The fields of a fact that decide its place in a list. */
export interface DatedLike {
  date?: string;
  dateStatus: DateStatus;
}

/**
 * Facts newest first, undated last, so a reader sees the latest figure at the top.
 * Partial dates compare as text, which puts a bare year before its months and a
 * month before its days (2024 < 2024-06 < 2024-07-21): a fact dated only "2024"
 * is not known to be newer than one dated June 2024. Inferred dates sort by their
 * date like stated ones; ties keep the source order. Returns a new array.
 */
export function newestFirst<T extends DatedLike>(facts: readonly T[]): T[] {
  const key = (f: T) => (f.dateStatus === 'unknown' || !f.date ? '' : f.date);
  return [...facts].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? 0 : ka < kb ? 1 : -1;
  });
}
