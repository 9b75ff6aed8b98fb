import { describe, expect, it } from 'vitest';
import { breakUnits, textWidth, wrapText } from './text.ts';

describe('textWidth', () => {
  it('counts CJK characters and full-width punctuation as one em, Latin as about half', () => {
    expect(textWidth('新型电力装备', 10)).toBe(60);
    expect(textWidth('（）', 10)).toBe(20);
    expect(textWidth('E1', 10)).toBeLessThan(14);
  });
});

describe('breakUnits', () => {
  it('keeps Latin words, numbers and a number with its measure word whole', () => {
    expect(breakUnits('共 21 个方向')).toEqual(['共', ' ', '21 个', '方', '向']);
    expect(breakUnits('AI芯片')).toEqual(['AI', '芯', '片']);
    expect(breakUnits('2024 年')).toEqual(['2024 年']);
  });
});

describe('wrapText', () => {
  it('wraps at the given width and never makes a line wider than it', () => {
    const lines = wrapText('以新质生产力培育引领产业强市', 70, 14);
    expect(lines.join('')).toBe('以新质生产力培育引领产业强市');
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(70);
    expect(lines.length).toBe(3);
  });
  it('changes the number of lines with the width', () => {
    expect(wrapText('新能源（智能网联）汽车', 1000, 14)).toHaveLength(1);
    expect(wrapText('新能源（智能网联）汽车', 84, 14).length).toBeGreaterThan(1);
  });
  it('does not start a line with closing punctuation or end one with opening punctuation', () => {
    for (let w = 28; w <= 160; w += 7) {
      const lines = wrapText('新能源（智能网联）汽车，医疗器械与生物医药。', w, 14);
      for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。）]/);
      for (const l of lines.slice(0, -1)) expect(l).not.toMatch(/（$/);
    }
  });
  it('never splits a number from its measure word', () => {
    for (let w = 40; w <= 200; w += 5) {
      const lines = wrapText('新兴产业第 2 个（共 8 个）', w, 14);
      expect(lines.join('|')).not.toMatch(/\d\|/);
    }
  });
  it('balances lines so the last one is not a lone character', () => {
    expect(wrapText('新型电力装备', 70, 14)).toEqual(['新型电力装', '备']);
    expect(wrapText('新型电力装备', 70, 14, { balance: true })).toEqual(['新型电', '力装备']);
    const balanced = wrapText('医疗器械与生物医药', 112, 14, { balance: true });
    expect(balanced).toHaveLength(2);
    expect(Math.abs(balanced[0].length - balanced[1].length)).toBeLessThanOrEqual(1);
  });
  it('reserves room for an inline badge on the first line', () => {
    expect(wrapText('人工智能', 60, 14)).toEqual(['人工智能']);
    expect(wrapText('人工智能', 60, 14, { firstIndent: 20 })).toHaveLength(2);
  });
  it('cuts to maxLines with an ellipsis', () => {
    const lines = wrapText('建设高质量人才队伍建设高质量人才队伍', 56, 14, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(textWidth(lines[1], 14)).toBeLessThanOrEqual(56);
  });
});
