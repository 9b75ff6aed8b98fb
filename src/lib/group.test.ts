import { describe, expect, it } from 'vitest';
import { groupIndustriesByTier, projectCode } from './group.ts';

const tiers = [
  { id: 'T' as const, statedCount: 1 },
  { id: 'E' as const, statedCount: 2 },
  { id: 'F' as const, statedCount: 1 },
];

describe('groupIndustriesByTier', () => {
  it('puts each industry under the tier of its ID prefix, in plan order, and counts them', () => {
    const groups = groupIndustriesByTier(tiers, [
      { id: 'E2' },
      { id: 'T1' },
      { id: 'E1' },
      { id: 'F1' },
    ]);
    expect(groups.map((g) => g.id)).toEqual(['E', 'F', 'T']);
    expect(groups[0].industries.map((i) => i.id)).toEqual(['E1', 'E2']);
    expect(groups.map((g) => g.count)).toEqual([2, 1, 1]);
  });
  it('derives the project code from the counts, so adding an entry changes it', () => {
    const base = [{ id: 'E1' }, { id: 'E2' }, { id: 'F1' }, { id: 'T1' }];
    expect(projectCode(groupIndustriesByTier(tiers, base))).toBe('211');
    expect(projectCode(groupIndustriesByTier(tiers, [...base, { id: 'T2' }]))).toBe('212');
  });
});
