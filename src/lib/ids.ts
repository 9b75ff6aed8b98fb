import { ID_PATTERNS, type CollectionKey } from '../schemas/shared.ts';
import { withBase } from './site-url.ts';

/** Collections that have a page per entry, with their URL segment and Chinese labels. */
export const KINDS = {
  industries: { segment: 'industries', label: '产业方向', plural: '重点产业方向' },
  pillars: { segment: 'pillars', label: '板块', plural: '三大板块' },
  aspects: { segment: 'aspects', label: '方面', plural: '九个方面' },
  measures: { segment: 'measures', label: '举措', plural: '举措' },
  programmes: { segment: 'programmes', label: '四项工程', plural: '2024 年“四项工程”' },
  statements: { segment: 'statements', label: '讲话', plural: '讲话与表态' },
  targets: { segment: 'targets', label: '目标', plural: '目标' },
  terms: { segment: 'glossary', label: '术语', plural: '术语表' },
  sources: { segment: 'sources', label: '来源', plural: '来源' },
  progress: { segment: 'progress', label: '进展', plural: '进展报道' },
} as const satisfies Partial<
  Record<CollectionKey, { segment: string; label: string; plural: string }>
>;

/** A collection whose entries have their own page. */
export type EntryKind = keyof typeof KINDS;

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
  const kind = (Object.keys(KINDS) as EntryKind[]).find((k) => KINDS[k].segment === m?.[1]);
  return m && kind ? { kind, id: kind === 'sources' ? m[2] : m[2].toUpperCase() } : undefined;
}

/** The kind of entry an ID belongs to, judged by its shape (E3 → industries, GL02 → terms). */
export function kindOfId(id: string): EntryKind | undefined {
  return (Object.keys(KINDS) as EntryKind[]).find((kind) => ID_PATTERNS[kind].pattern.test(id));
}

/** Splits an ID into its letter prefix and number: `GL07` → ['GL', 7]. */
export function splitId(id: string): [string, number] {
  const m = /^([A-Za-z]+)(\d+)$/.exec(id);
  return m ? [m[1], Number(m[2])] : [id, 0];
}

/** ID prefixes in the order the site presents kinds: industries by tier, pillars, aspects, measures, programmes, statements, targets, terms. */
const PREFIX_ORDER = ['E', 'F', 'T', 'B', 'A', 'M', 'P', 'Q', 'G', 'GL', 'R'];

/** Orders IDs the way the site lists them: by kind (E before F before T before B …), then by number (E2 before E10). */
export function compareIds(a: string, b: string): number {
  const [pa, na] = splitId(a);
  const [pb, nb] = splitId(b);
  if (pa !== pb) {
    const ta = PREFIX_ORDER.indexOf(pa);
    const tb = PREFIX_ORDER.indexOf(pb);
    if (ta !== tb)
      return (ta === -1 ? PREFIX_ORDER.length : ta) - (tb === -1 ? PREFIX_ORDER.length : tb);
    return pa < pb ? -1 : 1;
  }
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
