import { ENTRY_KINDS, KINDS, type EntryKind } from './kinds.ts';
import { withBase } from './site-url.ts';

export { KINDS, type EntryKind } from './kinds.ts';

/** Whether a collection name has entry pages. */
export function isEntryKind(name: string): name is EntryKind {
  return Object.hasOwn(KINDS, name);
}

/** The permanent path of an entry, under the site's base path: lowercase ID under its collection's segment, e.g. `/industries/e3/`. */
export function entryPath(kind: EntryKind, id: string): string {
  return withBase(`/${KINDS[kind].segment}/${id.toLowerCase()}/`);
}

/**
 * The entry a site path names (`/industries/e3/`, `/glossary/gl02/#facts`): its kind and ID
 * (upper case, sources' slugs apart), if the path is an entry page's.
 */
export function entryOfPath(path: string): { kind: EntryKind; id: string } | undefined {
  const m = /^\/([a-z]+)\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(path);
  const kind = ENTRY_KINDS.find((k) => KINDS[k].segment === m?.[1]);
  return m && kind ? { kind, id: kind === 'sources' ? m[2] : m[2].toUpperCase() } : undefined;
}

/** The kind of entry an ID belongs to, judged by its shape (E3 → industries, GL02 → terms). */
export function kindOfId(id: string): EntryKind | undefined {
  return ENTRY_KINDS.find((kind) => KINDS[kind].pattern.test(id));
}

/** Splits an ID into its letter prefix and number: `GL07` → ['GL', 7]. */
export function splitId(id: string): [string, number] {
  const m = /^([A-Za-z]+)(\d+)$/.exec(id);
  return m ? [m[1], Number(m[2])] : [id, 0];
}

/** Where an ID's kind stands in the table of kinds; sources' slugs and unknown IDs go last. */
function rank(id: string): number {
  const kind = kindOfId(id);
  return kind && kind !== 'sources' ? ENTRY_KINDS.indexOf(kind) : ENTRY_KINDS.length;
}

/** Orders IDs the way the site lists them: by kind in table order, then by tier letter (E, F, T), then by number (E2 before E10). */
export function compareIds(a: string, b: string): number {
  const [pa, na] = splitId(a);
  const [pb, nb] = splitId(b);
  if (pa !== pb) return rank(a) - rank(b) || (pa < pb ? -1 : 1);
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts entries by ID in plan order, without changing the input. */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => compareIds(x.id, y.id));
}

/** The tier letter of an industry ID (E, F or T). */
export function tierOfIndustry(id: string): 'E' | 'F' | 'T' {
  const letter = id[0];
  if (letter === 'E' || letter === 'F' || letter === 'T') return letter;
  throw new Error(`Not an industry ID: ${id}`);
}
