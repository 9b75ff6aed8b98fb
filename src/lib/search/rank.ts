// Ranking: exact matches first (ID, then title, then alias, then text), then pages
// holding only the query's characters.

/** Where a phrase match was found, by its word position (see format.ts). */
export type MatchSlot = 'id' | 'title' | 'alias' | 'text';

const SLOT_ORDER: Record<MatchSlot, number> = { id: 0, title: 1, alias: 2, text: 3 };

/** Which header slot (or the text) the word at `position` lies in. */
export function slotOf(position: number, slots: readonly number[]): MatchSlot {
  const [id = 0, title = 0, alias = 0] = slots;
  if (position < id) return 'id';
  if (position < id + title) return 'title';
  if (position < id + title + alias) return 'alias';
  return 'text';
}

export interface ScoredPage {
  /** Pagefind result id (the fragment hash). */
  id: string;
  score: number;
}

export interface PhraseMatch {
  id: string;
  /** Word position where the first occurrence starts. */
  position: number;
}

/**
 * The kind ranked after every other exact match: a source page whose title holds the words is
 * a document the site cites, not the site's answer on the topic (entries, facts, progress).
 */
export const CITED_KIND = '来源';

export interface RankedPage {
  id: string;
  score: number;
  exact: boolean;
  /** For exact matches: where the first occurrence is. */
  slot?: MatchSlot;
}

/**
 * Merges a loose search (pages holding every character, with scores) and a phrase
 * search (pages holding the exact query, with the position of the first match).
 * Exact matches come first: content pages before the `cited` ones (source pages), each
 * ordered by slot (ID, title, alias, text), then score; the rest follow by score. Ties
 * keep the loose search's order.
 */
export function rankPages(
  loose: readonly ScoredPage[],
  phrase: readonly PhraseMatch[],
  slots: readonly number[],
  cited: ReadonlySet<string> = new Set(),
): { exact: RankedPage[]; related: RankedPage[] } {
  const order = new Map(loose.map((p, i) => [p.id, i]));
  const score = new Map(loose.map((p) => [p.id, p.score]));
  const exactIds = new Set<string>();
  const exact: RankedPage[] = [];
  for (const m of phrase) {
    if (exactIds.has(m.id)) continue;
    exactIds.add(m.id);
    exact.push({
      id: m.id,
      score: score.get(m.id) ?? 0,
      exact: true,
      slot: slotOf(m.position, slots),
    });
  }
  const rankOf = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const isCited = (p: RankedPage) => Number(cited.has(p.id));
  exact.sort(
    (a, b) =>
      isCited(a) - isCited(b) ||
      SLOT_ORDER[a.slot!] - SLOT_ORDER[b.slot!] ||
      b.score - a.score ||
      rankOf(a.id) - rankOf(b.id),
  );
  const related = loose
    .filter((p) => !exactIds.has(p.id))
    .map((p) => ({ id: p.id, score: p.score, exact: false }));
  related.sort((a, b) => b.score - a.score);
  return { exact, related };
}

/**
 * Moves items whose ID equals the query (case-insensitive) to the front, keeping the
 * order of everything else.
 */
export function promoteId<T extends { id?: string }>(items: readonly T[], normalised: string): T[] {
  const q = normalised.toLowerCase();
  const hit = (t: T) => t.id !== undefined && t.id.toLowerCase() === q;
  return [...items.filter(hit), ...items.filter((t) => !hit(t))];
}

/** Stable sort of hits: content before source pages, then where the exact match was found (ID, title, alias, text; anything else last). */
export function sortBySlot<T extends { match: string; kind?: string }>(hits: readonly T[]): T[] {
  const order = (t: T) =>
    (t.kind === CITED_KIND ? 10 : 0) + (SLOT_ORDER[t.match as MatchSlot] ?? 9);
  return [...hits].sort((a, b) => order(a) - order(b));
}
