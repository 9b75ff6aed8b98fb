import { sortById } from './kinds.ts';

/** Groups industries under their tiers (by ID prefix), in plan order, with derived counts. */
export function groupIndustriesByTier<T extends { id: string }, I extends { id: string }>(
  tiers: readonly T[],
  industries: readonly I[],
) {
  const sorted = sortById(industries);
  return sortById(tiers).map((tier) => {
    const members = sorted.filter((i) => i.id[0] === tier.id);
    return { ...tier, industries: members, count: members.length };
  });
}

/** The "876" label derived from the data: the tier counts written one after another. */
export function projectCode(groups: ReadonlyArray<{ count: number }>): string {
  return groups.map((g) => g.count).join('');
}
