// The one reader and writer of content/published-ids.txt and content/redirects.yaml,
// used by the content check, the scaffolder and `npm run ids:publish`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentError } from './content-errors.ts';
import { compareIds } from './kinds.ts';

export const PUBLISHED_FILES = {
  published: 'content/published-ids.txt',
  redirects: 'content/redirects.yaml',
};

const HEADER =
  '# Every entry ID ever published. Never delete a line: declare a redirect in content/redirects.yaml instead.\n# 已发布的编号，只增不删；条目改编号时请在 content/redirects.yaml 声明跳转。\n';

/** A renamed or merged entry: its old ID keeps working as a redirect to the new one. */
type Redirect = { from: string; to: string };

/** Published IDs and redirects under `root`; missing files read as empty. */
export function readPublishedIds(root: string) {
  const read = (file: string) => {
    const path = join(root, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  const published = read(PUBLISHED_FILES.published)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return { published, redirects: (parseYaml(read(PUBLISHED_FILES.redirects)) as Redirect[]) ?? [] };
}

/** Adds IDs to the published list (never removes one); returns how many were new. */
export function addPublishedIds(root: string, ids: Iterable<string>) {
  const { published } = readPublishedIds(root);
  const all = new Set([...published, ...ids]);
  writeFileSync(
    join(root, PUBLISHED_FILES.published),
    `${HEADER}${[...all].sort(compareIds).join('\n')}\n`,
  );
  return { total: all.size, added: all.size - published.length };
}

/** IDs are permanent: every ID ever published must still exist, or redirect to one that does. */
export function checkPublishedIds(
  published: readonly string[],
  current: ReadonlySet<string>,
  redirects: readonly Redirect[],
): ContentError[] {
  const redirected = new Set(redirects.map((r) => r.from));
  const errors: ContentError[] = published
    .filter((id) => !current.has(id) && !redirected.has(id))
    .map((id) => ({
      file: PUBLISHED_FILES.published,
      field: id,
      found: `"${id}" is published but no entry has this ID any more`,
      expected: 'every published ID to keep its entry, or a redirect to the entry that replaces it',
      expectedZh: '已发布的编号必须保留，或声明重定向到替代它的条目',
      hint: `恢复该条目，或在 ${PUBLISHED_FILES.redirects} 中加入 - { from: ${id}, to: <新编号> }`,
    }));
  redirects.forEach((r, i) => {
    if (current.has(r.from))
      errors.push({
        file: PUBLISHED_FILES.redirects,
        field: `[${i}].from`,
        found: `"${r.from}"`,
        expected: 'a redirect from an ID that no entry uses',
        expectedZh: '重定向的旧编号不能仍被条目使用',
        hint: '删除这条重定向，或改掉条目的编号。',
      });
    if (!current.has(r.to))
      errors.push({
        file: PUBLISHED_FILES.redirects,
        field: `[${i}].to`,
        found: `"${r.to}"`,
        expected: 'the ID of an existing entry',
        expectedZh: '已有条目的编号',
        hint: '重定向必须指向现有条目。',
      });
  });
  return errors;
}
