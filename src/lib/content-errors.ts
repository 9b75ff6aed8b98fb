/** A problem in one content file, described so an editor can fix it. */
export interface ContentError {
  /** Path of the file, relative to the project root (e.g. content/industries/e3.mdx). */
  file: string;
  /** 1-based line of the field, where known. */
  line?: number;
  /** Field path, e.g. `sources[0].source`; `(file)` for whole-file problems. */
  field: string;
  /** What was found, as a short string. */
  found: string;
  /** What was expected, in English. */
  expected: string;
  /** What was expected, in Chinese. */
  expectedZh: string;
  /** How to fix it (Chinese or both). */
  hint?: string;
}

/** Renders a value found in content as a short, quoted string for an error message. */
export function showFound(value: unknown): string {
  if (value === undefined) return '(missing / 缺失)';
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Formats one error as a block of lines: file:line, then field, found, expected and hint in Chinese and English. */
export function formatContentError(e: ContentError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const lines = [
    `✖ ${where}`,
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
  return `${errors.map(formatContentError).join('\n\n')}\n\n内容校验失败 Content check failed: ${errors.length} problem(s) in ${files} file(s).`;
}
