import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  MOJIBAKE,
  PINYIN_ANNOTATION,
  SPAM_WORDS,
  findTraditional,
  toSimplified,
} from './chinese.ts';

describe('chinese text checks', () => {
  it('finds traditional characters and their simplified forms', () => {
    expect(findTraditional('鎮江创新產業').map((h) => `${h.char}>${h.simplified}`)).toEqual([
      '鎮>镇',
      '產>产',
      '業>业',
    ]);
    expect(findTraditional('𠀀鎮江')).toEqual([{ index: 2, char: '鎮', simplified: '镇' }]);
  });
  it('leaves simplified text alone, including characters valid in both scripts', () => {
    expect(findTraditional('镇江著名企业着力发展新质生产力')).toEqual([]);
    expect(toSimplified('儲能')).toBe('储能');
  });
  it('finds pinyin annotations in either bracket style', () => {
    expect('鎮(zhèn)江 创（chuàng）新 (AI) 订阅（RSS）'.match(PINYIN_ANNOTATION) ?? []).toEqual([
      '鎮(zhèn)',
      '创（chuàng）',
    ]);
  });
  it('finds mojibake and stray markup', () => {
    expect(('正常文字<o:p></o:p>Ã©â€œ?!'.match(MOJIBAKE) ?? []).length).toBe(5);
    expect('正常的中文句子。'.match(MOJIBAKE)).toBeNull();
  });
  // The first lines of the real scrape (../shared/sources/zhenjiang-plan-explainer.as-scraped.txt), kept as a fixture.
  const scraped = new URL('../../tests/lint/fixtures/as-scraped-excerpt.txt', import.meta.url);
  it('catches every kind of problem in the real scraped article', () => {
    const text = readFileSync(scraped, 'utf8');
    expect(findTraditional(text).length).toBeGreaterThan(50);
    expect((text.match(PINYIN_ANNOTATION) ?? []).length).toBeGreaterThan(20);
    expect(SPAM_WORDS.some((w) => text.split('\n')[0].includes(w))).toBe(true);
    // What the checks leave once the scrape is converted is clean simplified text.
    const cleaned = toSimplified(
      text
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(PINYIN_ANNOTATION, (m) => m.replace(/[(（].*$/, '')),
    );
    expect(findTraditional(cleaned)).toEqual([]);
    expect(cleaned.match(PINYIN_ANNOTATION)).toBeNull();
  });
});
