import { compareIds, entryFile, entryOfPath, kindOfId } from './kinds.ts';

/** A problem in one content file, described so an editor can fix it. */
export interface ContentError {
  /** Relative to the project root (content/industries/e3.mdx). */
  file: string;
  line?: number;
  /** Where known (YAML syntax errors). */
  column?: number;
  /** Field path, e.g. `sources[0].source`; `(file name)` and the like for whole-file problems. */
  field: string;
  found: string;
  expected: string;
  expectedZh: string;
  /** How to fix it (Chinese or both). */
  hint?: string;
}

/** Renders a value found in content as a short, quoted string for an error message. */
export function showFound(value: unknown): string {
  if (value === undefined) return '(missing / 缺失)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A field path as printed: `facts[0].date`. */
export function fieldName(path: readonly PropertyKey[]): string {
  const name = path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`));
  return name.join('').replace(/^\./, '') || '(entry)';
}

/** One error as a block of lines: `✖ file:line` (and a tag), then field, found, expected and hint. */
export function formatContentError(e: ContentError, mark = '✖', tag = ''): string {
  const where = e.line ? `${e.file}:${e.line}${e.column ? `:${e.column}` : ''}` : e.file;
  const lines = [
    `${mark} ${where}${tag}`,
    `  字段 field:    ${e.field}`,
    `  发现 found:    ${e.found}`,
    `  应为 expected: ${e.expectedZh} / ${e.expected}`,
  ];
  if (e.hint) lines.push(`  提示 hint:     ${e.hint}`);
  return lines.join('\n');
}

/** Formats a list of errors with a one-line summary at the end. */
export function formatContentReport(errors: ContentError[]): string {
  if (errors.length === 0) return '';
  const files = new Set(errors.map((e) => e.file)).size;
  return `${errors.map((e) => formatContentError(e)).join('\n\n')}\n\n内容校验失败 Content check failed: ${errors.length} problem(s) in ${files} file(s).`;
}

/** Where a page's MDX body lives: `/glossary/gl22/` → `/glossary/gl22/ (content/terms/gl22.mdx)`. */
export function describePage(pathname: string): string {
  const entry = entryOfPath(pathname);
  return entry ? `${pathname} (${entryFile(entry.kind, entry.id)})` : pathname;
}

/**
 * Edits that turn `a` into `b`, ignoring case: inserting, deleting or changing one character,
 * or swapping two neighbours (GL10 → GL01 is one edit).
 */
function editDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[x.length][y.length];
}

/**
 * "Did you mean" for an unknown ID: the valid IDs closest to it (fewest edits), closest first,
 * then how many there are in all, so the right one is never cut off by an alphabetical list.
 */
export function closestIds(id: string, pool: Iterable<string>, max = 5): string {
  const all = [...new Set(pool)];
  if (all.length === 0) return '（暂无 none yet）';
  const ranked = all
    .map((x) => ({ x, d: editDistance(id, x), other: kindOfId(x) !== kindOfId(id) }))
    .sort((p, q) => p.d - q.d || Number(p.other) - Number(q.other) || compareIds(p.x, q.x))
    .map((p) => p.x);
  const more = all.length > max ? `（共 ${all.length} 个 / ${all.length} in all）` : '';
  return `${ranked.slice(0, max).join(', ')}${more}`;
}

const SEE_LINT =
  'Run `npm run lint:content` to see the file and line / 运行 npm run lint:content 可看到文件和行号。';

/** Build error for <Ref id> or a component's `source` that names no entry. */
export function unknownIdMessage(
  component: string,
  attr: 'id' | 'source',
  id: string | undefined,
  valid: readonly string[],
  page: string,
): string {
  const source = attr === 'source';
  let problem = `missing ${attr} / 缺少 ${attr} 属性`;
  if (id && source) problem = `unknown source ID "${id}" / content/sources 中没有来源 "${id}"`;
  if (id && !source) problem = `unknown ID "${id}" / 没有编号为 "${id}" 的条目`;
  const closest = source ? 'Closest source IDs / 最接近的来源' : 'Closest IDs / 最接近的编号';
  return `<${component} ${attr}="${id ?? ''}"> on ${describePage(page)}: ${problem}。\n${closest}：${closestIds(id ?? '', valid)}\n${SEE_LINT}`;
}
