import { compareIds } from './kinds.ts';

/** An entry reduced to what link lists need. */
export interface EntryRef {
  kind: string;
  id: string;
  title: string;
}

/** True for a value shaped like an Astro reference: `{ id, collection }`. */
export function isReference(v: unknown): v is { id: string; collection: string } {
  const r = v as { id?: unknown; collection?: unknown } | null | undefined;
  return (
    typeof r?.id === 'string' && typeof r.collection === 'string' && Object.keys(r).length <= 3
  );
}

/** Every reference in an entry's data; the IDs of a `related` list count as references too. */
function referencesIn(v: unknown, key?: string): Array<{ id: string; collection?: string }> {
  if (isReference(v)) return [v];
  if (Array.isArray(v))
    return v.flatMap((x) =>
      key === 'related' && typeof x === 'string' ? [{ id: x }] : referencesIn(x, key),
    );
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => referencesIn(x, k));
  return [];
}

/** Every entry ID an entry's data points to, excluding sources (listed separately) and the entry itself. */
export function outgoingIds(id: string, data: unknown): string[] {
  const found = new Set(
    referencesIn(data)
      .filter((r) => r.collection !== 'sources')
      .map((r) => r.id),
  );
  found.delete(id);
  return [...found].sort(compareIds);
}

/** For every ID some entries point to, the IDs of those entries, in plan order. */
function pointingTo<E extends { id: string; data: unknown }>(
  entries: readonly E[],
  targets: (e: E) => string[],
): Map<string, string[]> {
  const pairs = entries.flatMap((e) => targets(e).map((to) => ({ to, from: e.id })));
  return new Map(
    [...Map.groupBy(pairs, (p) => p.to)].map(([to, list]) => [
      to,
      [...new Set(list.map((p) => p.from))].sort(compareIds),
    ]),
  );
}

/** For every entry ID, the IDs of the entries that point to it, in plan order. */
export const buildBacklinks = (entries: ReadonlyArray<{ id: string; data: unknown }>) =>
  pointingTo(entries, (e) => outgoingIds(e.id, e.data));

/** For every source ID, the IDs of entries that cite it, in plan order. */
export const buildCitedBy = (entries: ReadonlyArray<{ id: string; data: unknown }>) =>
  pointingTo(entries, (e) =>
    referencesIn(e.data)
      .filter((r) => r.collection === 'sources')
      .map((r) => r.id),
  );
