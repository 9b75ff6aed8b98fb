import { describe, expect, it } from 'vitest';
import { MARK } from './format.ts';
import { escapeHtml, makeExcerpt } from './excerpt.ts';

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});

describe('makeExcerpt', () => {
  it('marks the exact match and every other occurrence in the window', () => {
    const e = makeExcerpt('储能电站和储能电池', '储能');
    expect(e.html).toBe('<mark>储能</mark>电站和<mark>储能</mark>电池');
    expect(e.match).toEqual({ start: 0, end: 2 });
  });
  it('stays inside the block of the match and marks truncation', () => {
    const body = `前一段${MARK}${'甲'.repeat(40)}可信度${'乙'.repeat(80)}${MARK}后一段`;
    const e = makeExcerpt(body, '信度', { before: 5, after: 5 });
    expect(e.html).toBe('…甲甲甲甲可<mark>信度</mark>乙乙乙乙乙…');
  });
  it('marks the whole match including inner whitespace', () => {
    expect(makeExcerpt('在 2024 年', '2024年').html).toBe('在 <mark>2024 年</mark>');
  });
  it('falls back to the block with most of the characters, marking each', () => {
    const body = `储藏${MARK}能源与储备`;
    const e = makeExcerpt(body, '储能');
    expect(e.match).toBeUndefined();
    expect(e.html).toBe('<mark>能</mark>源与<mark>储</mark>备');
  });
  it('renders hostile page text and queries inert', () => {
    const body = 'x <img src=x onerror=alert(1)> y';
    const e = makeExcerpt(body, '<imgsrc=xonerror=alert(1)>');
    expect(e.html).toBe('x <mark>&#60;img src=x onerror=alert(1)&#62;</mark> y');
    expect(e.html).not.toMatch(/<img/);
    expect(makeExcerpt('<script>alert(1)</script>', '储能').html).toBe(
      '&#60;script&#62;alert(1)&#60;/script&#62;',
    );
  });
  it('never splits a surrogate pair', () => {
    const e = makeExcerpt('𠮷'.repeat(10) + '目标', '目标', { before: 3 });
    expect(e.html.startsWith('…𠮷')).toBe(true);
    expect(e.html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
