import { describe, expect, it } from 'vitest';
import {
  OTHER_KIND,
  kindCounts,
  otherKindFilter,
  otherKindKeep,
  toPagefindFilters,
} from './filters.ts';

describe('search filters', () => {
  it('adds an 其他 group so the kind counts add up to the exact matches', () => {
    const c = kindCounts({ kind: { 产业方向: 5, 来源: 5 } }, 16);
    expect(c[OTHER_KIND]).toBe(6);
    expect(Object.values(c).reduce((s, n) => s + n, 0)).toBe(16);
    expect(kindCounts({ kind: { 来源: 2 } }, 2)).toEqual({ 来源: 2 });
  });
  it('leaves the kind filter to the engine when 其他 is chosen', () => {
    expect(toPagefindFilters({ kind: ['来源'], tier: ['新兴'] }, ['kind', 'tier'])).toEqual({
      kind: { any: ['来源'] },
      tier: { any: ['新兴'] },
    });
    expect(toPagefindFilters({ kind: [OTHER_KIND, '来源'] }, ['kind'])).toBeUndefined();
  });
  it('lets through pages with no kind and pages of the other chosen kinds', () => {
    const keep = otherKindFilter(new Set(['a', 'b']), new Set(['b']));
    expect(['a', 'b', 'c'].filter(keep)).toEqual(['b', 'c']);
  });
});

describe('otherKindKeep', () => {
  it('asks for the kinded pages and the chosen real kinds, and keeps the rest', async () => {
    const asked: string[][] = [];
    const keep = await otherKindKeep([OTHER_KIND, '来源'], ['产业方向', '来源'], async (k) => {
      asked.push(k);
      return k.length === 2 ? ['e', 's'] : ['s'];
    });
    expect(asked).toEqual([['产业方向', '来源'], ['来源']]);
    expect(['e', 's', 'list'].filter(keep)).toEqual(['s', 'list']);
  });
});
