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

/**
 * Every entry ID an entry's data points to, by reference or by a `related`
 * list of IDs, excluding sources (listed separately) and the entry itself.
 */
export function outgoingIds(id: string, data: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown, key?: string): void => {
    if (isReference(v)) {
      if (v.collection !== 'sources') found.add(v.id);
    } else if (Array.isArray(v)) {
      v.forEach((x) => (key === 'related' && typeof x === 'string' ? found.add(x) : walk(x, key)));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(data);
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
  const walk = (owner: string, v: unknown): void => {
    if (isReference(v)) {
      if (v.collection === 'sources') cited.set(v.id, (cited.get(v.id) ?? new Set()).add(owner));
    } else if (Array.isArray(v)) v.forEach((x) => walk(owner, x));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(owner, x));
  };
  for (const e of entries) walk(e.id, e.data);
  return new Map([...cited].map(([k, set]) => [k, [...set].sort(compareIds)]));
}
