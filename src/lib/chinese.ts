import * as OpenCC from 'opencc-js';

/** Converts traditional Chinese to simplified (OpenCC phrase tables, so 著名 stays 著名). */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });

/** Characters that OpenCC would change when converting the text to simplified Chinese, with their simplified form. */
export function findTraditional(text: string) {
  const a = [...text];
  const b = [...toSimplified(text)];
  // OpenCC maps character for character here; if lengths differ, compare only what aligns.
  const hits: Array<{ index: number; char: string; simplified: string }> = [];
  let index = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) hits.push({ index, char: a[i], simplified: b[i] });
    index += a[i].length;
  }
  return hits;
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
