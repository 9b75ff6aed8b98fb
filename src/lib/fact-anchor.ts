/**
 * A unique element ID for a fact card on a page: `fact-ind-e7-9`, then `-2`, `-3` for the same
 * fact ID again. `page` is per-render state (Astro.locals), so a re-render counts afresh.
 */
export function factAnchor(page: object, fact: string | undefined): string {
  const store = page as { factAnchors?: Map<string, number> };
  const counts = (store.factAnchors ??= new Map());
  const key = (fact ?? 'fact').toLowerCase();
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return `fact-${key}${n > 1 ? `-${n}` : ''}`;
}
