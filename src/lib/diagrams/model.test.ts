import { describe, expect, it } from 'vitest';
import { groupIndustriesByTier, projectCode } from '../group.ts';
import { codeSum, pillarLinkNote, pillarLinks, words } from './model.ts';

const tiers = [
  { id: 'T', title: '传统产业' },
  { id: 'E', title: '新兴产业' },
  { id: 'F', title: '未来产业' },
];
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}` }));
const industries = [...ids('E', 8), ...ids('F', 7), ...ids('T', 6)];

describe('the "876" code and its sum', () => {
  it('derive from the industries, so a ninth emerging industry makes "976"', () => {
    const blocks = groupIndustriesByTier(tiers, industries);
    expect([projectCode(blocks), codeSum(blocks)]).toEqual(['876', '8 + 7 + 6 = 21']);
    const nine = groupIndustriesByTier(tiers, [...industries, { id: 'E9' }]);
    expect([projectCode(nine), codeSum(nine)]).toEqual(['976', '9 + 7 + 6 = 22']);
  });
});

describe('words', () => {
  it('cuts labels between words, not inside 船舶 or 智能', () => {
    expect(words('高技术船舶和海工装备')).toContain('船舶');
    expect(words('新能源（智能网联）汽车').some((w) => w.includes('智能'))).toBe(true);
    expect(words('高技术船舶和海工装备').join('')).toBe('高技术船舶和海工装备');
  });
  it('keeps an opening bracket with the next word and closing punctuation with the one before', () => {
    const w = words('新能源（智能网联）汽车，《实施意见》');
    expect(w.join('')).toBe('新能源（智能网联）汽车，《实施意见》');
    expect(w.some((x) => /[（《]$/.test(x) || /^[）》，]/.test(x))).toBe(false);
    expect(w).toContain('（智能');
  });
});

describe('pillar → aspect', () => {
  const pillars = ids('B', 3);
  it('keeps only aspects that name a known pillar', () => {
    const aspects = [{ id: 'A1' }, { id: 'A2', pillar: 'B2' }, { id: 'A3', pillar: 'B9' }];
    expect([...pillarLinks(pillars, aspects)]).toEqual([['A2', 'B2']]);
  });
  it('says what is known, for none, some and all aspects', () => {
    expect(pillarLinkNote(0, 9)).toBe('来源没有说明这 9 个方面分别属于哪个板块，图中不作对应。');
    expect(pillarLinkNote(2, 9)).toContain('其余 7 个没有来源说明');
    expect(pillarLinkNote(9, 9)).toBe('9 个方面所属的板块都有来源写明。');
  });
});
