// Where content lives on disk: the file walk and frontmatter split shared by the
// content check (scripts/lib/read-content.ts), the lint and the scaffolder.
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { COLLECTIONS, CONTENT_LAYOUT, type CollectionKey } from '../schemas/shared.ts';

/** One file under content/ that belongs to a collection. */
export interface ContentFile {
  /** Relative to the project root. */
  file: string;
  abs: string;
  collection: CollectionKey;
  /** How the collection stores entries: one MDX/YAML file each, or a YAML list/object. */
  kind: (typeof CONTENT_LAYOUT)[CollectionKey]['kind'];
  /** True for a file in an entry folder with the wrong extension (the site ignores it). */
  misnamed: boolean;
}

/** Every file in the collections' folders, in collection order; names starting with _ or . are notes, not content. */
export function listContentFiles(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const layout = CONTENT_LAYOUT[collection];
    const target = join(root, 'content', layout.path);
    if (!existsSync(target)) continue;
    if (layout.kind === 'yaml-one' || layout.kind === 'yaml-list') {
      out.push({
        file: relative(root, target),
        abs: target,
        collection,
        kind: layout.kind,
        misnamed: false,
      });
      continue;
    }
    const ext = layout.kind === 'mdx' ? '.mdx' : '.yaml';
    for (const name of readdirSync(target).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const abs = join(target, name);
      out.push({
        file: relative(root, abs),
        abs,
        collection,
        kind: layout.kind,
        misnamed: extname(name) !== ext,
      });
    }
  }
  return out;
}

/** Splits an MDX/Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(
  text: string,
): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
