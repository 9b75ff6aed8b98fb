import { BODY, defineRule, excerpt } from '../rule.ts';

/** Emphasis markers a reader would see: `**…`, `__…`, or a `*x*` pair left in text. */
const LEFTOVER = /\*\*|__|\*[^\s*][^*]*\*/;

const PLAIN_HINT =
  'frontmatter 字段按纯文本显示，** 会原样出现在页面上：删掉星号（要强调的内容请写在正文里）。';

export default defineRule({
  id: 'emphasis',
  severity: 'error',
  zh: '加粗无法显示',
  what: '用本站的 Markdown 设置（含 remark-cjk-friendly）解析后仍是字面星号的 ** 或 __ 强调；以及 frontmatter 字段里的 **（这些字段按纯文本显示）。',
  why: '读者会看到字面上的星号。',
  expected: ['能正常显示的加粗', 'emphasis that renders'],
  fix: 'no',
  scope: 'frontmatter',
  check: ({ text }) => (/\*\*|__/.test(text) ? [{ index: 0, found: text, hint: PLAIN_HINT }] : []),
  checkFile({ body }, report) {
    for (const { node } of body?.texts ?? []) {
      const m = LEFTOVER.exec(node.value);
      if (m)
        report(
          { line: body!.line(node, m.index), field: BODY },
          excerpt(node.value, m.index),
          '用本站的 Markdown 设置解析后仍显示为星号。把加粗两侧的标点移到 ** 外面（如 “**876**”），或在 ** 外侧与字母、数字之间加空格；也可以不加粗。',
        );
    }
  },
});
