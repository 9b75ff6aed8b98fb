// Reads the YAML of one content file (a frontmatter block or a .yaml file): its data and the
// line of any field, or its first syntax error placed where the editor's mistake is and
// explained in Chinese. The yaml library reports where parsing failed, which for a colon
// inside a value or an over-indented line is the start of the value or the line before.
import { LineCounter, parseDocument, type YAMLError } from 'yaml';

/** How to fix each kind of mistake; `locate` moves the reported position to the mistake. */
const COLON =
  '值里有半角冒号加空格“: ”，YAML 把它后面的文字当成了新字段。把整个值用英文双引号括起来（如 text: "镇江船厂称: ……"），或把冒号改成全角“：”。';
const INDENT =
  '这一行的缩进不对：同一层的字段要左对齐（空格数相同），列表项下的字段与 “- ” 后面的第一个字段对齐。只用空格，不用 Tab。';
const NO_SPACE = '字段名后面的冒号要跟一个空格（title: 测试），否则 YAML 读不出这个字段。';
const HINT_BY_CODE: Record<string, string> = {
  TAB_AS_INDENT: '这一行用 Tab 缩进了。YAML 只认空格：把 Tab 换成空格，与同级字段对齐。',
  DUPLICATE_KEY: '同一个字段写了两次。删掉其中一个，或把两处合并。',
  MISSING_CHAR: INDENT,
  BAD_INDENT: INDENT,
};
const OTHER =
  '检查这一行和上一行：缩进是否与同级字段对齐，值里的半角冒号“: ”或 # 是否已用英文双引号括起来。';

/** Counts the occurrences of `ch` in a line outside of the other kind of quotes (roughly). */
const count = (line: string, ch: string) => line.split(ch).length - 1;

/** The mistake behind a parser error: its 0-based line index and column, and the fix. */
function locate(err: YAMLError, lines: string[]): { index: number; column: number; hint: string } {
  const { line, col } = err.linePos?.[0] ?? { line: 1, col: 1 };
  const index = line - 1;
  const indentOf = (i: number) => ({ index: i, column: /^\s*/.exec(lines[i])![0].length + 1 });
  const back = (test: (l: string) => boolean) => {
    for (let i = Math.min(index, lines.length - 1); i >= 0; i--) if (test(lines[i])) return i;
    return index;
  };
  if (['BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'MULTILINE_IMPLICIT_KEY'].includes(err.code)) {
    const colon = /:(\s|$)/.exec(lines[index]?.slice(col - 1) ?? '');
    if (colon) return { index, column: col + colon.index, hint: COLON };
    for (const i of [index - 1, index]) {
      const key = /^(\s*(?:- )?[A-Za-z]\w*):\S/.exec(lines[i] ?? '');
      if (key) return { index: i, column: key[1].length + 2, hint: NO_SPACE };
    }
    const next = lines.findIndex((l, i) => i > index && l.trim());
    return { ...indentOf(next === -1 ? index : next), hint: INDENT };
  }
  if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
    const i = back((l) => count(l, '"') % 2 === 1 || count(l, "'") % 2 === 1);
    return { ...indentOf(i), hint: '引号没有配对：在值的末尾补上英文引号，或删掉开头的引号。' };
  }
  if (err.code === 'BAD_INDENT' && /\]|\}/.test(err.message)) {
    const i = back((l) => count(l, '[') > count(l, ']') || count(l, '{') > count(l, '}'));
    return {
      ...indentOf(i),
      hint: '方括号 [ ] 或花括号 { } 没有配对：补上缺的 ] 或 }；值本身以 [ 开头时，用英文双引号把它括起来。',
    };
  }
  return { index, column: col, hint: HINT_BY_CODE[err.code] ?? OTHER };
}

/**
 * Parses YAML that starts on line `firstLine` of its file (2 for a frontmatter block). On a
 * syntax error, returns the first one only (later errors follow from it): the line as written,
 * the parser's own words for engineers, and the fix in Chinese.
 */
export function readContentYaml(text: string, firstLine = 1) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const err = doc.errors[0];
  if (err) {
    const lines = text.split('\n');
    const { index, column, hint } = locate(err, lines);
    return {
      ok: false as const,
      problem: {
        line: index + firstLine,
        column,
        text: lines[index] ?? '',
        message: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
        hint,
      },
    };
  }
  const lineAt = (offset: number) => lc.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: number[] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return firstLine;
  };
  return { ok: true as const, data: doc.toJS() as unknown, doc, lineOf, lineAt };
}

/** Splits an MDX file into its YAML frontmatter and body; `yamlAt` is the offset of the YAML. */
export function splitFrontmatter(text: string) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  const [yaml, body] = [m[1], text.slice(m[0].length)];
  return { yaml, yamlAt: text.indexOf('\n') + 1, body, bodyLine: m[0].split('\n').length };
}

/** A .yaml file, or an MDX file's frontmatter and body, read; undefined without frontmatter. */
export function readContentFile(file: string, text: string) {
  const mdx = file.endsWith('.mdx');
  const split = mdx ? splitFrontmatter(text) : { yaml: text, yamlAt: 0 };
  return split && { ...split, ...readContentYaml(split.yaml, mdx ? 2 : 1) };
}

/** The dev server's message for a file whose YAML does not parse (the content check's words). */
export function explainYamlError(file: string, text: string): string | undefined {
  const read = readContentFile(file, text);
  if (!read || read.ok) return undefined;
  const { line, column, text: written, message, hint } = read.problem;
  return `${file}:${line}:${column}  YAML 格式有误 ${message}\n  ${written.trim()}\n  提示 hint: ${hint}`;
}
