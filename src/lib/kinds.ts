// The kinds of entry, in one table, and what derives from it: entry paths, the kind of an ID,
// the order of IDs. The scaffolder (`npm run new`), the editor guide's kinds table, the
// build-output tests' page types and CONTRIBUTING.md (checked by a test) all read it.
import type { CollectionKey } from '../schemas/shared.ts';
import { withBase } from './site-url.ts';

export interface KindRow {
  /** The kind's name in `npm run new -- --kind <name>` and as a built page's type. */
  name: string;
  /** The first segment of its entry pages' URLs. */
  segment: string;
  /** What one entry is called, in Chinese. */
  label: string;
  /** The heading of the whole list. */
  plural: string;
  /** The shape of its IDs, with an example for messages. */
  pattern: RegExp;
  example: string;
  /** Other names an editor may type for it (plurals and the Chinese label work too). */
  aliases?: readonly string[];
  /** Shown before the scaffolder's questions: when to add one at all. */
  note?: string;
}

/** Every collection with entry pages, in the order the site presents them. */
export const KINDS = {
  industries: {
    name: 'industry',
    segment: 'industries',
    label: '产业方向',
    plural: '重点产业方向',
    pattern: /^[EFT][1-9]\d?$/,
    example: 'E3',
    aliases: ['产业'],
    note: '21 个产业方向（E1–E8、F1–F7、T1–T6）都已建好；只有来源列出新的方向时才新建。',
  },
  pillars: {
    name: 'pillar',
    segment: 'pillars',
    label: '板块',
    plural: '三大板块',
    pattern: /^B[1-9]$/,
    example: 'B1',
    note: '三大板块 B1–B3 都已建好；只有来源列出新的板块时才新建。',
  },
  aspects: {
    name: 'aspect',
    segment: 'aspects',
    label: '方面',
    plural: '九个方面',
    pattern: /^A[1-9]\d?$/,
    example: 'A7',
    note: '九个方面 A1–A9 都已建好；只有来源列出新的方面时才新建。',
  },
  measures: {
    name: 'measure',
    segment: 'measures',
    label: '举措',
    plural: '举措',
    pattern: /^M(0[1-9]|[1-9]\d)$/,
    example: 'M07',
    note: '目前没有任何来源列出举措原文（见 content/measures/_README.md）。只有找到引用举措原文的来源时才新建；所属方面必须是来源写明的。',
  },
  programmes: {
    name: 'programme',
    segment: 'programmes',
    label: '四项工程',
    plural: '2024 年“四项工程”',
    pattern: /^P[1-9]$/,
    example: 'P2',
    aliases: ['program', '工程'],
    note: '“四项工程”P1–P4 都已建好；只有来源列出新的工程时才新建。',
  },
  statements: {
    name: 'statement',
    segment: 'statements',
    label: '讲话',
    plural: '讲话与表态',
    pattern: /^Q[1-9]\d?$/,
    example: 'Q1',
  },
  targets: {
    name: 'target',
    segment: 'targets',
    label: '目标',
    plural: '目标',
    pattern: /^G[1-9]\d?$/,
    example: 'G3',
  },
  terms: {
    name: 'term',
    segment: 'glossary',
    label: '术语',
    plural: '术语表',
    pattern: /^GL\d{2}$/,
    example: 'GL07',
  },
  sources: {
    name: 'source',
    segment: 'sources',
    label: '来源',
    plural: '来源',
    pattern: /^src-[a-z0-9]+(-[a-z0-9]+)*$/,
    example: 'src-explainer',
  },
  progress: {
    name: 'progress',
    segment: 'progress',
    label: '进展',
    plural: '进展报道',
    pattern: /^R(0[1-9]|[1-9]\d)$/,
    example: 'R01',
    aliases: ['落实进展'],
  },
} as const satisfies Partial<Record<CollectionKey, KindRow>>;

/** A collection whose entries have their own page. */
export type EntryKind = keyof typeof KINDS;

/** A kind's name (industry, term, progress, …). */
export type KindName = (typeof KINDS)[EntryKind]['name'];

export const ENTRY_KINDS = Object.keys(KINDS) as EntryKind[];

export const KIND_NAMES = ENTRY_KINDS.map((c) => KINDS[c].name);

/** A kind's row of the table, with its collection. */
export function kindInfo(name: KindName) {
  const collection = ENTRY_KINDS.find((c) => KINDS[c].name === name)!;
  return { collection, ...(KINDS[collection] as KindRow) };
}

/**
 * A kind from anything an editor might type: its number in the table (1 = industry), name,
 * collection, URL segment, Chinese label or alias.
 */
export function findKind(value: string): KindName | undefined {
  const v = value.trim().toLowerCase();
  const row = Object.entries(KINDS).find(([c, k]: [string, KindRow], i) =>
    [String(i + 1), k.name, c, k.segment, k.label, ...(k.aliases ?? [])].some(
      (n) => n.toLowerCase() === v,
    ),
  );
  return row?.[1].name;
}

/** Where an entry's file lives, relative to the project root. */
export function entryFile(collection: EntryKind, id: string): string {
  return collection === 'sources'
    ? `content/sources/${id}.yaml`
    : `content/${collection}/${id.toLowerCase()}.mdx`;
}

/** The page type of a built page under a URL segment (industries → industry), if it is an entry page. */
export function pageTypeOfSegment(segment: string): KindName | undefined {
  return Object.values(KINDS).find((k) => k.segment === segment)?.name;
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
