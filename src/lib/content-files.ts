// Where content lives on disk and how it is read: the file walk and the parse shared by the
// content check, the lint and the scaffolder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { COLLECTIONS, CONTENT_LAYOUT } from '../schemas/shared.ts';
import type { RawEntry } from './validate-entries.ts';
import { showFound, type ContentError } from './content-errors.ts';
import { readContentFile } from './content-yaml.ts';

/**
 * Every file in the collections' folders, in collection order; names starting with _ or . are
 * notes, not content. `misnamed`: a file in an entry folder with the wrong extension (the site
 * ignores it).
 */
export function listContentFiles(root: string) {
  return COLLECTIONS.flatMap((collection) => {
    const { path, kind } = CONTENT_LAYOUT[collection];
    const target = join(root, 'content', path);
    if (!existsSync(target)) return [];
    const one = kind === 'yaml-one' || kind === 'yaml-list';
    const names = one ? [''] : readdirSync(target).filter((n) => !/^[_.]/.test(n));
    return names.sort().map((name) => ({
      file: relative(root, join(target, name)),
      abs: join(target, name),
      collection,
      kind,
      misnamed: !one && extname(name) !== (kind === 'mdx' ? '.mdx' : '.yaml'),
    }));
  });
}

type ContentFile = ReturnType<typeof listContentFiles>[number];

/** Everything read from content/: entries ready to validate, MDX bodies, and problems found while reading. */
export interface ContentRead {
  entries: RawEntry[];
  bodies: Array<{ file: string; body: string; bodyLine: number }>;
  errors: ContentError[];
}

/** Parses one content file's text the way the site's loaders do, adding to `out`. */
export function parseContentFile(
  { file, collection, kind, misnamed }: Omit<ContentFile, 'abs'>,
  text: string,
  out: ContentRead,
): void {
  const ext = kind === 'mdx' ? '.mdx' : '.yaml';
  if (misnamed)
    return void out.errors.push({
      file,
      field: '(file name)',
      found: JSON.stringify(basename(file)),
      expected: `a ${ext} file (or a name starting with _ to keep it out of the site)`,
      expectedZh: `${ext} 文件（不想发布的文件请以 _ 开头）`,
    });
  const read = readContentFile(file, text);
  if (read && 'body' in read) out.bodies.push({ file, body: read.body, bodyLine: read.bodyLine });
  if (read?.ok) {
    const list = kind === 'yaml-list';
    const items = list ? (Array.isArray(read.data) ? read.data : []) : [read.data];
    for (const [i, item] of items.entries())
      out.entries.push({
        collection,
        file,
        data: (item ?? {}) as Record<string, unknown>,
        lineOf: list ? (path) => read.lineOf([i, ...path]) : read.lineOf,
      });
    return;
  }
  out.errors.push(
    read
      ? {
          file,
          line: read.problem.line,
          column: read.problem.column,
          field: '(YAML)',
          found: showFound(read.problem.text.trim()),
          expected: `valid YAML (${read.problem.message})`,
          expectedZh: 'YAML 格式有误，这个文件读不出来',
          hint: read.problem.hint,
        }
      : {
          file,
          line: 1,
          field: '(frontmatter)',
          found: JSON.stringify(text.slice(0, 20)),
          expected: 'the file to start with a --- frontmatter block',
          expectedZh: '文件以 --- 包围的 frontmatter 开头',
        },
  );
  // A file that cannot be read still holds the ID its name gives it (f2.mdx → F2), so
  // references to it and the published-ID check do not report it as missing.
  const stem = basename(file, ext);
  if (kind === 'mdx' || kind === 'yaml-dir')
    out.entries.push({
      collection,
      file,
      data: { id: collection === 'sources' ? stem : stem.toUpperCase() },
      unreadable: true,
    });
}

export function readContent(root: string): ContentRead {
  const out: ContentRead = { entries: [], bodies: [], errors: [] };
  for (const f of listContentFiles(root)) parseContentFile(f, readFileSync(f.abs, 'utf8'), out);
  return out;
}

/** The IDs of entries with a page (the plan and the tiers have none), and of the sources apart. */
export function pageIds(entries: readonly RawEntry[]) {
  const named = entries.filter((e) => e.collection !== 'plan' && e.collection !== 'tiers');
  const idsIn = (list: RawEntry[]) =>
    new Set(list.flatMap((e) => (typeof e.data.id === 'string' ? [e.data.id] : [])));
  return { ids: idsIn(named), sourceIds: idsIn(named.filter((e) => e.collection === 'sources')) };
}
