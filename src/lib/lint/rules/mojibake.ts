import { MOJIBAKE, toSimplified } from '../../chinese.ts';
import { defineRule, hitsOf } from '../rule.ts';

/** Navigation crumbs, share counters, copyright boilerplate, a lost `<` before o:p>. */
const SCRAPE_RESIDUE =
  /(?<!<\/?)o:p>|首页\s*[>＞›»]|[>＞]\s*要闻|如有侵权|广告合作[:：]|分享\d+[:：]|版权归原作者所有/g;

/** Mojibake and scraped-page residue: wrong anywhere, 原文 and markup included; deleted by hand. */
export default defineRule({
  id: 'mojibake',
  severity: 'error',
  zh: '乱码与残留标记',
  what: '替换符 U+FFFD、编码错乱的字符、Word 残留的 o:p 标签、HTML 实体、镜像页的问号乱码，以及网页导航、版权声明等残留。',
  why: '这些是复制网页时的垃圾，不是来源的文字。',
  expected: ['没有乱码和网页残留', 'no mojibake or scraped-page residue'],
  fix: 'no',
  scope: 'raw',
  check: ({ text }) => [
    ...hitsOf(text, MOJIBAKE, () => '删除，或对照来源改回正确的文字'),
    // Matched on the simplified text so that 首頁> is caught too; OpenCC keeps offsets here.
    ...hitsOf(
      toSimplified(text),
      SCRAPE_RESIDUE,
      () => '这是网页导航、分享按钮或版权声明的残留：删除整行（scraped page residue）',
    ).map((h) => ({ ...h, found: text.slice(h.index, h.index + h.found.length) })),
  ],
});
