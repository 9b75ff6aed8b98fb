import { compareIds } from './ids.ts';

/** An entry reduced to what link lists need. */
export interface EntryRef {
  kind: string;
  id: string;
  title: string;
}

/** True for a value shaped like an Astro reference: `{ id, collection }`. */
function isReference(v: unknown): v is { id: string; collection: string } {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as { id?: unknown }).id === 'string' &&
    typeof (v as { collection?: unknown }).collection === 'string' &&
    Object.keys(v).length <= 3
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

/** For every entry ID, the IDs of the entries that point to it, in plan order. */
export function buildBacklinks(
  entries: ReadonlyArray<{ id: string; data: unknown }>,
): Map<string, string[]> {
  const back = new Map<string, string[]>();
  for (const e of entries) {
    for (const target of outgoingIds(e.id, e.data)) {
      const list = back.get(target) ?? [];
      list.push(e.id);
      back.set(target, list);
    }
  }
  for (const list of back.values()) list.sort(compareIds);
  return back;
}

/** For every source ID, the IDs of entries that cite it, in plan order. */
export function buildCitedBy(
  entries: ReadonlyArray<{ id: string; data: unknown }>,
): Map<string, string[]> {
  const cited = new Map<string, Set<string>>();
  for (const e of entries)
    for (const r of referencesIn(e.data))
      if (r.collection === 'sources') cited.set(r.id, (cited.get(r.id) ?? new Set()).add(e.id));
  return new Map([...cited].map(([k, set]) => [k, [...set].sort(compareIds)]));
}
