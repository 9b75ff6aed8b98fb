// Ranking: exact matches first (content before the sources it cites; ID, then title, then
// alias, then text), then the pages holding only the query's characters, by score.

export type MatchSlot = 'id' | 'title' | 'alias' | 'text';

/**
 * The kind ranked after every other exact match: a source page whose title holds the words is
 * a document the site cites, not the site's answer on the topic (entries, facts, progress).
 */
export const CITED_KIND = '来源';

/** Which header slot (widths `slots`, see format.ts) or the text the word at `position` lies in. */
export function slotOf(position: number, slots: readonly number[]): MatchSlot {
  const [id, title, alias] = slots;
  if (position < id) return 'id';
  if (position < id + title) return 'title';
  if (position < id + title + alias) return 'alias';
  return 'text';
}

/** Lower ranks first: by slot, and every cited source after every other page. */
const SLOT_ORDER = ['id', 'title', 'alias', 'text'];
const rankKey = (slot: string, cited: boolean) =>
  SLOT_ORDER.indexOf(slot) + (cited ? SLOT_ORDER.length : 0);

/** `slot`: where the first exact occurrence is; absent for a related page. */
type RankedPage = { id: string; score: number; slot?: MatchSlot };

/**
 * Merges a loose search (pages holding every character, with scores, best first) and a
 * phrase search (pages holding the exact query, with the word position of the first match).
 * Exact matches are ordered by rankKey, then score; ties keep the loose search's order.
 */
export function rankPages(
  loose: readonly RankedPage[],
  phrase: readonly { id: string; position: number }[],
  slots: readonly number[],
  cited: ReadonlySet<string> = new Set(),
): { exact: RankedPage[]; related: RankedPage[] } {
  const order = new Map(loose.map((p, i) => [p.id, i]));
  const score = new Map(loose.map((p) => [p.id, p.score]));
  const exact = new Map<string, Required<RankedPage>>();
  for (const { id, position } of phrase)
    if (!exact.has(id))
      exact.set(id, { id, score: score.get(id) ?? 0, slot: slotOf(position, slots) });
  const key = (p: Required<RankedPage>) => rankKey(p.slot, cited.has(p.id));
  const rankOf = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    exact: [...exact.values()].sort(
      (a, b) => key(a) - key(b) || b.score - a.score || rankOf(a.id) - rankOf(b.id),
    ),
    related: loose.filter((p) => !exact.has(p.id)),
  };
}

/**
 * Stable sort of resolved hits in rankPages' order, the one whose ID equals the query
 * (case-insensitive) first.
 */
export function sortHits<T extends { match: string; kind?: string; id?: string }>(
  hits: readonly T[],
  normalised: string,
): T[] {
  // The hit whose ID is the query ranks before every slot (keys start at 0).
  const key = (t: T) =>
    t.id?.toLowerCase() === normalised ? -1 : rankKey(t.match, t.kind === CITED_KIND);
  return [...hits].sort((a, b) => key(a) - key(b));
}
