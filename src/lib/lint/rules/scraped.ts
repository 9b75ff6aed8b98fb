// Residue of pages copied from the web: pinyin annotations, mojibake and page chrome, spam, and
// links to the mirror sites the fact sheet flags.
import { MOJIBAKE, PINYIN_ANNOTATION, SPAM_WORDS, toSimplified } from '../../chinese.ts';
import { isFlaggedUrl } from '../../flagged-hosts.ts';
import flaggedHosts from '../../../data/flagged-hosts.json' with { type: 'json' };
import { defineRule, hitsOf, type TextHit } from '../rule.ts';

/** Pinyin annotations pasted from a scraped page, e.g. 鎮(zhèn); removed even in 原文. */
export const pinyin = defineRule({
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

/** Navigation crumbs, share counters, copyright boilerplate, a lost `<` before o:p>. */
const SCRAPE_RESIDUE =
  /(?<!<\/?)o:p>|首页\s*[>＞›»]|[>＞]\s*要闻|如有侵权|广告合作[:：]|分享\d+[:：]|版权归原作者所有/g;

export const mojibake = defineRule({
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

/** The spam words of the scraped mirror page: one finding per line, naming the words. */
export const spam = defineRule({
  id: 'spam',
  severity: 'error',
  zh: '垃圾广告词',
  what: '镜像页第一行那类色情、赌博广告词。',
  why: '这些词绝不能出现在本站。',
  expected: ['没有垃圾广告词', 'no spam'],
  fix: 'no',
  scope: 'raw',
  check: ({ text }) =>
    [...text.matchAll(/^.*$/gm)].flatMap(({ 0: line, index }): TextHit[] => {
      // Compared without spaces, so 成人免费 AV 网址 is caught as well as 成人免费AV网址.
      const squashed = line.toLowerCase().replace(/\s+/g, '');
      const words = new Set(
        SPAM_WORDS.map((w) => w.toLowerCase()).filter((w) => squashed.includes(w)),
      );
      if (!words.size) return [];
      const shown = line.trim();
      return [
        {
          index: index + Math.max(0, line.search(/\S/)),
          found: `${shown.slice(0, 30)}${shown.length > 30 ? '…' : ''}（${[...words].join('、')}）`,
          hint: '删除整行：这是镜像站的垃圾广告',
        },
      ];
    }),
});

/** Links and bare web addresses (GFM turns `www.` addresses into links). */
const URLISH =
  /\bhttps?:\/\/[^\s"'<>）)」”，。、]+|\bwww\.[a-z0-9-]+(\.[a-z0-9-]+)+[^\s"'<>）)」”，。、]*/gi;

export const flaggedLink = defineRule({
  id: 'flagged-link',
  severity: 'error',
  zh: '链接到标记的镜像站',
  what: '指向事实核查表标记为镜像站、垃圾站或低可靠站点的网址（src/data/flagged-hosts.json）。',
  why: '核查表规定这些站点一律不链接：写明原始媒体和日期，并说明文字读自转载页。',
  expected: ['不链接核查表标记的镜像站或垃圾站', 'no link to a flagged mirror or spam site'],
  fix: 'no',
  scope: 'raw',
  check: ({ text }) =>
    hitsOf(text, URLISH, () => '删除这个网址；写明原始媒体和日期，并说明文字读自转载页').filter(
      (h) => isFlaggedUrl(/^www\./i.test(h.found) ? `http://${h.found}` : h.found, flaggedHosts),
    ),
});
