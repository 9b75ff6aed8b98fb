import { PINYIN_ANNOTATION, toSimplified } from '../../chinese.ts';
import { defineRule, hitsOf } from '../rule.ts';

/** Pinyin annotations pasted from a scraped page, e.g. 鎮(zhèn); removed even in 原文. */
export default defineRule({
  id: 'pinyin',
  severity: 'error',
  zh: '拼音注音',
  what: '汉字后面括号里的拼音注音，这是抓取网页时带进来的。',
  why: '来源里没有这些注音，读者看到的是乱码一样的文字。',
  expected: ['不带拼音注音', 'no pinyin annotation'],
  fix: 'yes',
  scope: 'prose',
  check: ({ text }) =>
    hitsOf(text, PINYIN_ANNOTATION, (m) => `删掉括号里的拼音，改为 "${toSimplified(m[0][0])}"。`),
  repair: ({ text }) => text.replace(PINYIN_ANNOTATION, (m) => m[0]),
});
