// The kinds of entry, in one table: the scaffolder (`npm run new`), the editor guide's kinds
// table, the build-output tests' page types and CONTRIBUTING.md (checked by a test) all read it.
// Each kind's URL segment and Chinese names are in KINDS (ids.ts), its ID shape in ID_PATTERNS;
// this table adds what editors type and read when adding one.
import { ID_PATTERNS } from '../schemas/shared.ts';
import { KINDS, splitId, type EntryKind } from './ids.ts';

interface KindRow {
  /** The kind's name in `npm run new -- --kind <name>` and as a built page's type. */
  name: string;
  /** Other names an editor may type for it (plurals and the Chinese label work too). */
  aliases: readonly string[];
  /** Shown before the questions: when to add one at all. */
  note?: string;
}

/** Every kind with entry pages, in the order the site presents them. */
export const KIND_TABLE = {
  industries: {
    name: 'industry',
    aliases: ['产业'],
    note: '21 个产业方向（E1–E8、F1–F7、T1–T6）都已建好；只有来源列出新的方向时才新建。',
  },
  pillars: {
    name: 'pillar',
    aliases: [],
    note: '三大板块 B1–B3 都已建好；只有来源列出新的板块时才新建。',
  },
  aspects: {
    name: 'aspect',
    aliases: [],
    note: '九个方面 A1–A9 都已建好；只有来源列出新的方面时才新建。',
  },
  measures: {
    name: 'measure',
    aliases: [],
    note: '目前没有任何来源列出举措原文（见 content/measures/_README.md）。只有找到引用举措原文的来源时才新建；所属方面必须是来源写明的。',
  },
  programmes: {
    name: 'programme',
    aliases: ['program', '工程'],
    note: '“四项工程”P1–P4 都已建好；只有来源列出新的工程时才新建。',
  },
  statements: { name: 'statement', aliases: ['讲话与表态'] },
  targets: { name: 'target', aliases: [] },
  terms: { name: 'term', aliases: ['glossary'] },
  sources: { name: 'source', aliases: [] },
  progress: { name: 'progress', aliases: ['落实进展'] },
} as const satisfies Record<EntryKind, KindRow>;

/** A kind's name (industry, term, progress, …). */
export type KindName = (typeof KIND_TABLE)[EntryKind]['name'];

/** The collections with entry pages, in table order. */
export const ENTRY_KINDS = Object.keys(KIND_TABLE) as EntryKind[];

/** Every kind's name, in table order. */
export const KIND_NAMES = ENTRY_KINDS.map((c) => KIND_TABLE[c].name) as KindName[];

/** The collection of a kind name. */
export function collectionOf(name: KindName): EntryKind {
  return ENTRY_KINDS.find((c) => KIND_TABLE[c].name === name)!;
}

/** A kind from any name an editor might type: its name, collection, URL segment, Chinese label or alias. */
export function findKind(value: string): KindName | undefined {
  const v = value.trim().toLowerCase();
  const c = ENTRY_KINDS.find((c) =>
    [KIND_TABLE[c].name, c, KINDS[c].segment, KINDS[c].label, ...KIND_TABLE[c].aliases].some(
      (n) => n.toLowerCase() === v,
    ),
  );
  return c && KIND_TABLE[c].name;
}

/** Where an entry's file lives, relative to the project root. */
export function entryFile(collection: EntryKind, id: string): string {
  return collection === 'sources'
    ? `content/sources/${id}.yaml`
    : `content/${collection}/${id.toLowerCase()}.mdx`;
}

/**
 * How new IDs of a kind are numbered: the letters and digit count of its example ID (M07 →
 * M, 2 digits). Industries take their tier letter instead; sources are named, not numbered.
 */
export function numbering(collection: EntryKind): { prefix?: string; pad: number } {
  if (collection === 'sources') return { pad: 0 };
  const example = ID_PATTERNS[collection].example;
  const [prefix] = splitId(example);
  const pad = example.length - prefix.length;
  return collection === 'industries' ? { pad } : { prefix, pad };
}

/** The page type of a built page under a URL segment (industries → industry), if it is an entry page. */
export function pageTypeOfSegment(segment: string): KindName | undefined {
  const c = ENTRY_KINDS.find((c) => KINDS[c].segment === segment);
  return c && KIND_TABLE[c].name;
}
