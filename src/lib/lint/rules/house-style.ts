// The house style for the site's own Chinese copy: dates as a news desk writes them, titles
// inside titles marked 〈〉, one voice (本站). 原文 and quotations keep their own form.
import { defineRule, hitsOf, mapFree, splitExempt, type TextRun } from '../rule.ts';

/** `2024-07-29`, or a date glued to its 年/月/日 (`2024年7月`), in our own text. */
const DATE = /(?<![\w/.-])\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])|\d[年月日]/g;

/** 2024-07-29 → 2024 年 7 月 29 日 (spacing then puts the other forms right). */
const zhDate = (text: string) =>
  text.replace(
    /(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]) ?/g,
    (_, y, m, d) => `${y} 年 ${Number(m)} 月 ${Number(d)} 日`,
  );

/** Hits of `re` in the free (unquoted) spans of a run of our own text. */
function freeHits(run: TextRun, re: RegExp, hint: string) {
  if (run.verbatim) return [];
  return splitExempt(run.text).flatMap((s) =>
    s.exempt ? [] : hitsOf(s.text, re, () => hint, s.start),
  );
}

export const dateStyle = defineRule({
  id: 'date-style',
  severity: 'error',
  zh: '日期写法',
  what: '本站文字里的日期一律写成“2024 年 7 月 29 日”（数字与年月日之间有空格），不写“2024-07-29”或“2024年7月29日”。',
  why: '全站只用一种写法，和新闻稿一致；原文、引号“”和书名号《》内照录，GB/T 7714 引文和数据表里的“2024-07-29”由程序生成。',
  expected: ['2024 年 7 月 29 日', 'a date written 2024 年 7 月 29 日'],
  fix: 'outside-quotes',
  scope: 'prose',
  check: (run: TextRun) => freeHits(run, DATE, '写成“2024 年 7 月 29 日”。'),
  repair: ({ text, verbatim }) => mapFree(text, verbatim, zhDate),
});

/** A 《title》 inside a 《title》: before, inner title, after. */
const NESTED_TITLE = /《([^《》]*)《([^《》]*)》([^《》]*)》/g;

export const nestedTitles = defineRule({
  id: 'nested-titles',
  severity: 'error',
  zh: '书名号套用',
  what: '书名号里再用书名号，如“《解读《行动方案》》”；里层应改为〈〉：《解读〈行动方案〉》。',
  why: '中文标点用法：书名号内再有书名号时，里层用单书名号。原文照录。',
  expected: ['《…〈…〉…》', 'inner title marks as 〈〉'],
  fix: 'yes',
  scope: 'prose',
  check: ({ text, verbatim }: TextRun) =>
    verbatim ? [] : hitsOf(text, NESTED_TITLE, (m) => `里层改为 〈${m[2]}〉。`),
  repair: ({ text, verbatim }) => (verbatim ? text : text.replace(NESTED_TITLE, '《$1〈$2〉$3》')),
});

export const voice = defineRule({
  id: 'voice',
  severity: 'error',
  zh: '称谓统一',
  what: '本站文字自称“本站”，不用“我们”。',
  why: '同一页上“本站”“我们”混用，读者分不清是谁在说；原文和引号里的“我们”照录。',
  expected: ['本站', 'the site speaks as 本站'],
  fix: 'outside-quotes',
  scope: 'prose',
  check: (run: TextRun) => freeHits(run, /我们/g, '改为“本站”。'),
  repair: ({ text, verbatim }) => mapFree(text, verbatim, (s) => s.replace(/我们/g, '本站')),
});
