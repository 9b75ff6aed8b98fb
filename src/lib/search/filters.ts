// Search filters: the reader's choice as Pagefind filters, and the 其他 group for pages
// that carry no kind (list pages, the home page), so the kind counts add up to the
// exact results shown.

/** The kind group of pages outside every kind filter. */
export const OTHER_KIND = '其他';

export type Counts = Record<string, Record<string, number>>;
export interface FilterCounts {
  kind: Record<string, number>;
  tier: Record<string, number>;
}
export type PagefindFilter = Record<string, { any: string[] }>;
export interface SearchFilters {
  /** Any of these kinds (产业方向, 方面, 举措, 工作要点, 讲话, 术语, 来源, 板块, 目标, 其他). */
  kind?: string[];
  /** Any of these tiers (新兴, 未来, 传统). */
  tier?: string[];
}

/** The reader's filters of `keys` as Pagefind filters; 其他 is not a Pagefind value and is left out. */
export function toPagefindFilters(
  filters: SearchFilters | undefined,
  keys: Array<keyof SearchFilters>,
): PagefindFilter | undefined {
  const out: PagefindFilter = {};
  for (const key of keys) {
    const values = filters?.[key]?.filter((v) => v && !(key === 'kind' && v === OTHER_KIND));
    if (values?.length && !(key === 'kind' && filters?.kind?.includes(OTHER_KIND)))
      out[key] = { any: values };
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Kind counts of the exact matches, with 其他 for those that carry no kind: `total`
 * pages matched under the other filters, `byKind` Pagefind's counts for them.
 */
export function kindCounts(byKind: Counts | undefined, total: number): Record<string, number> {
  const out = { ...byKind?.kind };
  const other = total - Object.values(out).reduce((s, n) => s + n, 0);
  if (other > 0) out[OTHER_KIND] = other;
  return out;
}

/**
 * For a kind filter holding 其他: which result IDs to keep, given `idsOf`, the IDs a search
 * returns under a kind filter. Pages with no kind are kept, and those of the other chosen kinds.
 */
export async function otherKindKeep(
  chosen: string[],
  allKinds: string[],
  idsOf: (kinds: string[]) => Promise<string[]>,
): Promise<(id: string) => boolean> {
  const real = chosen.filter((k) => k !== OTHER_KIND);
  const [kinded, picked] = await Promise.all([idsOf(allKinds), real.length ? idsOf(real) : []]);
  return otherKindFilter(new Set(kinded), new Set(picked));
}

/** Pages with no kind (not in `kinded`) and pages of the other chosen kinds (`chosen`). */
export function otherKindFilter(
  kinded: ReadonlySet<string>,
  chosen: ReadonlySet<string>,
): (id: string) => boolean {
  return (id) => !kinded.has(id) || chosen.has(id);
}
