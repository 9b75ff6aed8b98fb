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

/** Splits an MDX/Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(
  text: string,
): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
