import { defineRule, type TextRun } from '../rule.ts';
import { autocorrectHit } from './punctuation.ts';
import { autocorrect } from '../text.ts';

/** AutoCorrect's spacing between CJK and Latin letters or digits, outside 原文 and quotations. */
export default defineRule({
  id: 'spacing',
  severity: 'warning',
  zh: '中英文间距',
  what: '汉字与拉丁字母、数字之间加空格（AutoCorrect 规则），如“2023 年”“T800S 碳纤维”。',
  why: '统一排版，便于阅读和检索。原文、引号“”内、书名号《》内和文号不改。',
  expected: ['汉字与字母、数字之间有空格', 'a space between CJK and Latin letters or digits'],
  fix: 'outside-quotes',
  scope: 'prose',
  check: (run: TextRun) => autocorrectHit(run, true),
  repair: ({ text, verbatim, autocorrect: on }) => (on ? autocorrect(text, verbatim) : text),
});
