import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CollectionKey } from '../../src/schemas/shared.ts';
import {
  listContentFiles,
  splitFrontmatter,
  type ContentFile,
} from '../../src/lib/content-files.ts';
import { checkBodies, validateEntries, type RawEntry } from '../../src/lib/validate-entries.ts';
import { checkCitations } from '../../src/lib/validate-citations.ts';
import { checkPublishedIds, readPublishedIds } from '../../src/lib/published-ids.ts';
import { showFound, type ContentError } from '../../src/lib/content-errors.ts';
import { readContentYaml } from '../../src/lib/content-yaml.ts';

/** Everything read from content/: entries ready to validate, MDX bodies, and problems found while reading. */
export interface ContentRead {
  entries: RawEntry[];
  bodies: Array<{ file: string; body: string; bodyLine: number; collection: CollectionKey }>;
  errors: ContentError[];
}

/** Parses YAML that starts on `firstLine`; a syntax error goes to `errors`, placed at the mistake. */
function parseYaml(text: string, file: string, firstLine: number, errors: ContentError[]) {
  const read = readContentYaml(text, firstLine);
  if (read.ok) return read;
  const { line, column, text: written, message, hint } = read.problem;
  errors.push({
    file,
    line,
    column,
    field: '(YAML)',
    found: showFound(written.trim()),
    expected: `valid YAML (${message})`,
    expectedZh: 'YAML 格式有误，这个文件读不出来',
    hint,
  });
  return undefined;
}

/**
 * The ID a file's name gives it (f2.mdx → F2): a file that cannot be read still holds its ID,
 * so references to it and the published-ID check do not report it as missing.
 */
function idFromName(collection: CollectionKey, file: string): string {
  const stem = basename(file, extname(file));
  return collection === 'sources' ? stem : stem.toUpperCase();
}

/** Parses one content file's text the way the site's loaders do, adding to `out`. */
export function parseContentFile(
  { file, collection, kind, misnamed }: Omit<ContentFile, 'abs'>,
  text: string,
  out: ContentRead,
): void {
  if (kind === 'yaml-one' || kind === 'yaml-list') {
    const read = parseYaml(text, file, 1, out.errors);
    if (!read) return;
    const items = kind === 'yaml-one' ? [read.data] : Array.isArray(read.data) ? read.data : [];
    items.forEach((item, i) =>
      out.entries.push({
        collection,
        file,
        data: (item ?? {}) as Record<string, unknown>,
        lineOf: (path) => read.lineOf(kind === 'yaml-one' ? path : [i, ...path]),
      }),
    );
    return;
  }
  const ext = kind === 'mdx' ? '.mdx' : '.yaml';
  const unreadable = () =>
    out.entries.push({
      collection,
      file,
      data: { id: idFromName(collection, file) },
      unreadable: true,
    });
  if (misnamed) {
    out.errors.push({
      file,
      field: '(file name)',
      found: JSON.stringify(basename(file)),
      expected: `a ${ext} file (or a name starting with _ to keep it out of the site)`,
      expectedZh: `${ext} 文件（不想发布的文件请以 _ 开头）`,
    });
    return;
  }
  let yamlText = text;
  if (kind === 'mdx') {
    const split = splitFrontmatter(text);
    if (!split) {
      out.errors.push({
        file,
        line: 1,
        field: '(frontmatter)',
        found: JSON.stringify(text.slice(0, 20)),
        expected: 'the file to start with a --- frontmatter block',
        expectedZh: '文件以 --- 包围的 frontmatter 开头',
      });
      unreadable();
      return;
    }
    yamlText = split.yaml;
    out.bodies.push({ file, body: split.body, bodyLine: split.bodyLine, collection });
  }
  const read = parseYaml(yamlText, file, kind === 'mdx' ? 2 : 1, out.errors);
  if (!read) {
    unreadable();
    return;
  }
  const data = read.data as Record<string, unknown> | null;
  const rawId = data?.id;
  out.entries.push({
    collection,
    file,
    data: data ?? {},
    lineOf: read.lineOf,
    stem: basename(file, extname(file)),
    expectedStem: typeof rawId === 'string' ? rawId.toLowerCase() : undefined,
  });
}

/** Reads every content file under `root/content`. */
export function readContent(root: string): ContentRead & { entryIds: string[] } {
  const out: ContentRead = { entries: [], bodies: [], errors: [] };
  for (const f of listContentFiles(root)) parseContentFile(f, readFileSync(f.abs, 'utf8'), out);
  // IDs that name pages: the plan and the three tiers are not entries with their own URL.
  const entryIds = out.entries
    .filter((e) => e.collection !== 'plan' && e.collection !== 'tiers')
    .map((e) => String(e.data.id));
  return { ...out, entryIds };
}

/**
 * The content check (npm run check:content, and npm run new before it writes): what reading
 * found, then schemas and references, bodies, citations, and the published IDs.
 */
export function checkContent(root: string, read: ContentRead & { entryIds: string[] }) {
  const { published, redirects } = readPublishedIds(root);
  return [
    ...read.errors,
    ...validateEntries(read.entries),
    ...checkBodies(read.bodies),
    ...checkCitations(read.entries, read.bodies),
    ...checkPublishedIds(published, new Set(read.entryIds), redirects),
  ];
}
