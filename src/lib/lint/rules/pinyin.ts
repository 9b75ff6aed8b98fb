import { PINYIN_ANNOTATION, findAll, toSimplified } from '../../chinese.ts';
import { defineRule } from '../rule.ts';

const withoutPinyin = (s: string) => s.replace(PINYIN_ANNOTATION, (m) => m[0]);

/** Pinyin annotations pasted from a scraped page, e.g. 鎮(zhèn); removed even in 原文. */
export default defineRule({
  id: 'pinyin',
  severity: 'error',
  zh: '拼音注音',
  what: '汉字后面括号里的拼音注音，这是抓取网页时带进来的。',
  why: '来源里没有这些注音，读者看到的是乱码一样的文字。',
  en: 'pinyin annotations pasted from a scraped page',
  expected: ['不带拼音注音', 'no pinyin annotation'],
  fix: 'yes',
  scope: 'prose',
  check: ({ text }) =>
    findAll(text, PINYIN_ANNOTATION).map((m) => ({
      index: m.index,
      found: m.match,
      hint: `删掉括号里的拼音，改为 "${toSimplified(m.match[0])}"。`,
      fixable: true,
    })),
  repair: ({ text }) => withoutPinyin(text),
});
