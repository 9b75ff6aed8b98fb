import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionKey } from '../../src/schemas/shared.ts';
import { CONTENT_LAYOUT } from '../../src/schemas/index.ts';
import type { RawEntry } from '../../src/lib/validate-entries.ts';
import type { ContentError } from '../../src/lib/content-errors.ts';

/** Splits an MDX/Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

function parseYaml(text: string, file: string, firstLine: number, errors: ContentError[]): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    for (const err of doc.errors) {
      errors.push({
        file,
        line: (err.linePos?.[0].line ?? 0) + firstLine - 1 || undefined,
        field: '(YAML)',
        found: err.message.split('\n')[0],
        expected: 'valid YAML (check indentation, colons, and quotes around text with : or #)',
        expectedZh: '合法的 YAML（检查缩进、冒号，含冒号或 # 的文字请加引号）',
      });
    }
    return undefined;
  }
  return doc.toJS();
}

/** Everything read from content/: entries ready to validate, MDX bodies, and problems found while reading. */
export interface ContentRead {
  entries: RawEntry[];
  bodies: Array<{ file: string; body: string; bodyLine: number; collection: CollectionKey }>;
  errors: ContentError[];
}

/** Reads every content file under `root/content` the way the site's loaders do. */
export function readContent(root: string): ContentRead {
  const out: ContentRead = { entries: [], bodies: [], errors: [] };
  const contentDir = join(root, 'content');
  for (const collection of COLLECTIONS) {
    const layout = CONTENT_LAYOUT[collection];
    const target = join(contentDir, layout.path);
    if (!existsSync(target)) continue;
    if (layout.kind === 'yaml-one' || layout.kind === 'yaml-list') {
      const file = relative(root, target);
      const data = parseYaml(readFileSync(target, 'utf8'), file, 1, out.errors);
      const items = layout.kind === 'yaml-one' ? [data] : Array.isArray(data) ? data : [];
      items.forEach((item) => out.entries.push({ collection, file, data: (item ?? {}) as Record<string, unknown> }));
      continue;
    }
    const ext = layout.kind === 'mdx' ? '.mdx' : '.yaml';
    for (const name of readdirSync(target).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const full = join(target, name);
      const file = relative(root, full);
      if (extname(name) !== ext) {
        out.errors.push({ file, field: '(file name)', found: JSON.stringify(name), expected: `a ${ext} file (or a name starting with _ to keep it out of the site)`, expectedZh: `${ext} 文件（不想发布的文件请以 _ 开头）` });
        continue;
      }
      const text = readFileSync(full, 'utf8');
      let yamlText = text;
      let firstLine = 1;
      if (ext === '.mdx') {
        const split = splitFrontmatter(text);
        if (!split) {
          out.errors.push({ file, line: 1, field: '(frontmatter)', found: JSON.stringify(text.slice(0, 20)), expected: 'the file to start with a --- frontmatter block', expectedZh: '文件以 --- 包围的 frontmatter 开头' });
          continue;
        }
        yamlText = split.yaml;
        firstLine = 2;
        out.bodies.push({ file, body: split.body, bodyLine: split.bodyLine, collection });
      }
      const data = parseYaml(yamlText, file, firstLine, out.errors);
      if (data === undefined) continue;
      const stem = basename(name, ext);
      const rawId = (data as { id?: unknown }).id;
      out.entries.push({
        collection,
        file,
        data: (data ?? {}) as Record<string, unknown>,
        yamlText,
        firstLine,
        stem,
        expectedStem: typeof rawId === 'string' ? rawId.toLowerCase() : undefined,
      });
    }
  }
  return out;
}
