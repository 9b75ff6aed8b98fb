import * as OpenCC from 'opencc-js';

/** Converts traditional Chinese to simplified (OpenCC phrase tables, so 著名 stays 著名). */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });

/** Characters that OpenCC would change when converting the text to simplified Chinese, with their simplified form and UTF-16 index. */
export function findTraditional(text: string) {
  const simplified = [...toSimplified(text)];
  // OpenCC maps character for character here; if lengths differ, compare only what aligns.
  return [...text.matchAll(/./gsu)].flatMap((m, i) =>
    simplified[i] !== undefined && simplified[i] !== m[0]
      ? [{ index: m.index, char: m[0], simplified: simplified[i] }]
      : [],
  );
}

/** Pinyin annotations pasted from scraped pages, e.g. `鎮(zhèn)` or `创(chuàng)`. */
export const PINYIN_ANNOTATION = /[\u3400-\u9fff][(（][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[)）]/g;

/** Signs of mojibake and stray markup from scraped pages. */
export const MOJIBAKE = /\uFFFD|Ã.|â€|锟斤拷|<\/?o:p>|&nbsp;|\?!/g;

/** Words from the spam line of the scraped source; none may appear on the site. */
export const SPAM_WORDS = [
  '免费AV',
  'AV网址',
  '成人免费',
  '无码',
  '熟女',
  '强奸视频',
  '国产精品',
  '成人草',
  '竹菊',
  '一区二区',
  '中文字幕99',
  '在线国产视频',
  '亚洲手机免费',
];
