import { compareIds } from './ids.ts';

/** An entry with what the updates list needs. */
export interface UpdatableEntry {
  id: string;
  title: string;
  href: string;
  label: string;
  summary: string;
  /** Day of the last change (YYYY-MM-DD); sources have none. */
  updated?: string;
}

/** Entries grouped by their `updated` day, newest day first, entries in plan order within a day. */
export function listUpdates<T extends UpdatableEntry>(
  entries: readonly T[],
): Array<{ date: string; entries: T[] }> {
  const byDay = new Map<string, T[]>();
  for (const e of entries) {
    const day = e.updated;
    if (!day) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  return [...byDay.keys()]
    .sort()
    .reverse()
    .map((date) => ({ date, entries: byDay.get(date)!.sort((a, b) => compareIds(a.id, b.id)) }));
}
