import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseDocument } from 'yaml';
import type { CollectionKey } from '../../src/schemas/shared.ts';
import {
  listContentFiles,
  splitFrontmatter,
  type ContentFile,
} from '../../src/lib/content-files.ts';
import type { RawEntry } from '../../src/lib/validate-entries.ts';
import type { ContentError } from '../../src/lib/content-errors.ts';

export { splitFrontmatter };

/** Everything read from content/: entries ready to validate, MDX bodies, and problems found while reading. */
export interface ContentRead {
  entries: RawEntry[];
  bodies: Array<{ file: string; body: string; bodyLine: number; collection: CollectionKey }>;
  errors: ContentError[];
}

function parseYaml(text: string, file: string, firstLine: number, errors: ContentError[]): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  for (const err of doc.errors)
    errors.push({
      file,
      line: (err.linePos?.[0].line ?? 0) + firstLine - 1 || undefined,
      field: '(YAML)',
      found: err.message.split('\n')[0],
      expected: 'valid YAML (check indentation, colons, and quotes around text with : or #)',
      expectedZh: '合法的 YAML（检查缩进、冒号，含冒号或 # 的文字请加引号）',
    });
  return doc.errors.length ? undefined : doc.toJS();
}

/** Parses one content file's text the way the site's loaders do, adding to `out`. */
export function parseContentFile(
  { file, collection, kind, misnamed }: Omit<ContentFile, 'abs'>,
  text: string,
  out: ContentRead,
): void {
  if (kind === 'yaml-one' || kind === 'yaml-list') {
    const data = parseYaml(text, file, 1, out.errors);
    const items = kind === 'yaml-one' ? [data] : Array.isArray(data) ? data : [];
    for (const item of items)
      out.entries.push({ collection, file, data: (item ?? {}) as Record<string, unknown> });
    return;
  }
  const ext = kind === 'mdx' ? '.mdx' : '.yaml';
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
      return;
    }
    yamlText = split.yaml;
    out.bodies.push({ file, body: split.body, bodyLine: split.bodyLine, collection });
  }
  const firstLine = kind === 'mdx' ? 2 : 1;
  const data = parseYaml(yamlText, file, firstLine, out.errors);
  if (data === undefined) return;
  const rawId = (data as { id?: unknown } | null)?.id;
  out.entries.push({
    collection,
    file,
    data: (data ?? {}) as Record<string, unknown>,
    yamlText,
    firstLine,
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
