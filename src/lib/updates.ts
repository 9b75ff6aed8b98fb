import { sortById } from './kinds.ts';

/** Entries grouped by their `updated` day, newest day first, entries in plan order within a day. */
export function listUpdates<T extends { id: string; updated?: string }>(entries: readonly T[]) {
  const byDay = Map.groupBy(
    entries.filter((e) => e.updated),
    (e) => e.updated!,
  );
  return [...byDay]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, list]) => ({ date, entries: sortById(list) }));
}
