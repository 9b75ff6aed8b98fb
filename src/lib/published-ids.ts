import type { ContentError } from './content-errors.ts';

/** A renamed or merged entry: its old ID keeps working as a redirect to the new one. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * IDs are permanent: every ID ever published must still exist, or be
 * redirected to one that exists. New IDs are fine; `npm run ids:publish`
 * adds them to the list.
 */
export function checkPublishedIds(
  published: readonly string[],
  current: ReadonlySet<string>,
  redirects: readonly Redirect[],
  files: { published: string; redirects: string },
): ContentError[] {
  const errors: ContentError[] = [];
  const redirected = new Map(redirects.map((r) => [r.from, r.to]));
  for (const id of published) {
    if (current.has(id) || redirected.has(id)) continue;
    errors.push({
      file: files.published,
      field: id,
      found: `"${id}" is published but no entry has this ID any more`,
      expected: 'every published ID to keep its entry, or a redirect to the entry that replaces it',
      expectedZh: '已发布的编号必须保留，或声明重定向到替代它的条目',
      hint: `恢复该条目，或在 ${files.redirects} 中加入 - { from: ${id}, to: <新编号> }`,
    });
  }
  redirects.forEach((r, i) => {
    if (current.has(r.from)) {
      errors.push({
        file: files.redirects,
        field: `[${i}].from`,
        found: `"${r.from}"`,
        expected: 'a redirect from an ID that no entry uses',
        expectedZh: '重定向的旧编号不能仍被条目使用',
        hint: '删除这条重定向，或改掉条目的编号。',
      });
    }
    if (!current.has(r.to)) {
      errors.push({
        file: files.redirects,
        field: `[${i}].to`,
        found: `"${r.to}"`,
        expected: 'the ID of an existing entry',
        expectedZh: '已有条目的编号',
        hint: '重定向必须指向现有条目。',
      });
    }
  });
  return errors;
}
