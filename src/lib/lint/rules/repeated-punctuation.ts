import { defineRule, hitsOf } from '../rule.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', '!': '！', '?': '？', ';': '；' };

export default defineRule({
  id: 'repeated-punctuation',
  severity: 'warning',
  zh: '重复标点',
  what: '连续重复的标点，如“。。”“！！”“，，”（省略号……和破折号——除外）。',
  why: '多是粘贴或输入错误。',
  expected: ['标点不重复', 'no repeated punctuation'],
  fix: 'no',
  scope: 'prose',
  check: ({ text, verbatim }) =>
    verbatim
      ? []
      : hitsOf(text, /([，。！？；：、,!?;])\1+/g, (m) => `只留一个：${FULL_WIDTH[m[1]] ?? m[1]}`),
});
