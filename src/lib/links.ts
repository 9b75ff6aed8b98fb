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
  const ids = referencesIn(data).flatMap((r) =>
    r.collection === 'sources' || r.id === id ? [] : [r.id],
  );
  return [...new Set(ids)].sort(compareIds);
}

/**
 * For every ID the entries point to, the IDs of the entries that point to it, in plan order:
 * `backlinks` for entries (an entry's link to itself aside), `citedBy` for sources.
 */
export function incomingLinks(entries: ReadonlyArray<{ id: string; data: unknown }>) {
  const links = entries.flatMap((e) =>
    referencesIn(e.data).map((r) => ({ to: r.id, from: e.id, source: r.collection === 'sources' })),
  );
  const byTarget = (list: typeof links) =>
    new Map(
      [...Map.groupBy(list, (l) => l.to)].map(([to, from]) => [
        to,
        [...new Set(from.map((l) => l.from))].sort(compareIds),
      ]),
    );
  return {
    backlinks: byTarget(links.filter((l) => !l.source && l.to !== l.from)),
    citedBy: byTarget(links.filter((l) => l.source)),
  };
}
