// The site's search engine (browser). Loads nothing until the first search(). A query is
// normalised (width, case, traditional → simplified), split into characters and run against
// the character-level index (src/lib/search/format.ts) as an exact phrase and loosely.
import { SIDE_FILE, type SideFile } from '../lib/search/format.ts';
import { isIndexable, looksLikeId, normaliseQuery, pickWindow } from '../lib/search/normalise.ts';
import { CITED_KIND, rankPages, slotOf, sortHits, type MatchSlot } from '../lib/search/rank.ts';
import { makeExcerpt } from '../lib/search/excerpt.ts';
import { sectionAnchor, textDirective, type PageAnchor } from '../lib/search/link.ts';
import { findAll, readStored, wordPosition } from '../lib/search/stored.ts';

export type SearchEngine = ReturnType<typeof createSearchEngine>;
export type SearchResponse = Awaited<ReturnType<SearchEngine['search']>>;
export type Hit = SearchResponse['exact'][number];

/** How many hits a search resolves at first: enough for a screen, few enough to keep a first search small. */
const DEFAULT_LIMIT = 6;

// The parts of the Pagefind 1.6 browser API used here (A4, A5 in scripts/lib/pagefind-internals.ts).
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<{
    url: string;
    content: string;
    meta: Record<string, string | undefined>;
    filters: Record<string, string[] | undefined>;
    anchors: PageAnchor[];
  }>;
}
type PagefindFilter = Record<string, { any: string[] }>;
type Counts = Record<string, Record<string, number>>;
interface PagefindInstance {
  search(
    term: string,
    o: { filters: PagefindFilter },
  ): Promise<{ results: PagefindResult[]; filters: Counts }>;
  filters(): Promise<Counts>;
}

/** Loads Pagefind from `${root}pagefind/` with the side file next to it. */
async function loadEngine(root: string) {
  const bundle = `${root}pagefind/`;
  const [mod, side] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`),
    fetch(`${bundle}${SIDE_FILE}`).then((r) => {
      if (!r.ok) throw new Error(`search: ${r.status} fetching ${SIDE_FILE}`);
      return r.json() as Promise<SideFile>;
    }),
  ]);
  // No worker: it would download a second copy of Pagefind's code.
  const pf: PagefindInstance = mod.createInstance({
    basePath: bundle,
    baseUrl: root,
    noWorker: true,
  });
  // Loads the (small) filter indexes so every search reports counts.
  await pf.filters();
  const pairs = [...side.t2s.matchAll(/(.)(.)/gsu)];
  return { pf, side, t2s: new Map(pairs.map(([, from, to]) => [from, to])) };
}

/** Creates the engine for a site served at `base` (the Pagefind bundle is at `${base}pagefind/`). */
export function createSearchEngine(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  let loading: ReturnType<typeof loadEngine> | undefined;

  /** Searches pages of any of the given kinds (产业方向, 来源…) and any of the given tiers (新兴, 未来, 传统). */
  async function search(
    query: string,
    filters: { kind?: string[]; tier?: string[] } = {},
    { limit = DEFAULT_LIMIT } = {},
  ) {
    loading ??= loadEngine(root).catch((error) => {
      loading = undefined;
      throw error;
    });
    const { pf, side, t2s } = await loading;
    const q = normaliseQuery(query, t2s);
    // A long query is searched by its cheapest window of characters; candidates are then checked on their text.
    const part = pickWindow(q.chars, side.common);
    const windowed = part.chars.length < q.chars.length;
    // Pagefind terms: the characters anywhere on a page (`储 能`), and as a phrase (`"储 能"`).
    const loose = part.chars.filter((c) => isIndexable(c, side.punct)).join(' ');
    // A character the index has no word for cannot be on any page: no exact matches.
    const phrase =
      loose && q.chars.every((c) => isIndexable(c, side.punct)) && `"${part.chars.join(' ')}"`;
    const find = (term: string | false, filter: PagefindFilter) =>
      term ? pf.search(term, { filters: filter }) : undefined;
    const only = (key: 'kind' | 'tier'): PagefindFilter =>
      filters[key]?.length ? { [key]: { any: filters[key] } } : {};
    const both = { ...only('kind'), ...only('tier') };
    // Facet counts count only exact matches (what the reader sees above 相关结果):
    // kinds under the tier filter only, tiers under the kind filter only.
    const [phraseRes, looseRes, kindRes, tierRes, citedRes] = await Promise.all([
      find(phrase, both),
      find(loose, both),
      find(!!filters.kind?.length && phrase, only('tier')),
      find(!!filters.tier?.length && phrase, only('kind')),
      find(phrase, { ...both, kind: { any: [CITED_KIND] } }),
    ]);

    const phraseResults = phraseRes?.results ?? [];
    const looseResults = looseRes?.results ?? [];
    const byId = new Map([...looseResults, ...phraseResults].map((r) => [r.id, r]));
    // For a window, the position of the whole query is estimated from the window's; toHit checks it.
    const matches = phraseResults.map((r) => ({
      id: r.id,
      position: r.words.length ? Math.max(0, Math.min(...r.words) - part.start) : Infinity,
    }));
    const cited = new Set(citedRes?.results.map((r) => r.id));
    const ranked = rankPages(looseResults, matches, side.slots, cited);

    /**
     * A hit from a page's fragment; for a window, an exact candidate is confirmed on its text or
     * demoted. Its URL has the section anchor and a text fragment (#anchor:~:text=…) when the
     * query was found in the text; excerptHtml is escaped text with the matches in <mark>.
     */
    async function toHit({ id, slot }: { id: string; slot?: MatchSlot }) {
      const data = await byId.get(id)!.data();
      const stored = readStored(data.content);
      let match: MatchSlot | 'related' = slot ?? 'related';
      if (windowed && slot) {
        const [m] = findAll(stored.full, q.normalised);
        match = m ? slotOf(wordPosition(stored.full, m.start), side.slots) : 'related';
      }
      const excerpt = makeExcerpt(stored.body, q.normalised);
      let url = data.url;
      if (excerpt.match) {
        const position = stored.bodyPosition + wordPosition(stored.body, excerpt.match.start);
        const anchor = encodeURIComponent(sectionAnchor(data.anchors, position) ?? '');
        url += `#${anchor}:~:text=${textDirective(stored.body, excerpt.match)}`;
      }
      return {
        url,
        title: data.meta.title || data.url,
        id: data.meta.id || undefined,
        kind: data.filters.kind?.[0],
        tier: data.filters.tier?.[0],
        excerptHtml: excerpt.html,
        match,
      };
    }

    const order = [...ranked.exact, ...ranked.related];
    let next = 0;
    const take = async (count: number) => {
      const hits = await Promise.all(order.slice(next, (next += count)).map(toHit));
      const exact = hits.filter((h) => h.match !== 'related');
      const related = hits.filter((h) => h.match === 'related');
      return { exact: sortHits(exact, q.normalised), related };
    };
    // For an ID-shaped query, the pages whose ID slot matched (few) are resolved together,
    // so the one whose ID is the query goes first.
    const idSlot = looksLikeId(q.normalised)
      ? ranked.exact.filter((p) => p.slot === 'id').length
      : 0;
    return {
      normalised: q.normalised,
      /** The query before traditional → simplified conversion, when it had traditional characters. */
      simplifiedFrom: q.simplifiedFrom,
      ...(await take(Math.max(limit, idSlot <= 20 ? idSlot : 0))),
      /** Exact-match counts per filter value (related results are not counted). */
      counts: {
        kind: { ...(kindRes ?? phraseRes)?.filters.kind },
        tier: { ...(tierRes ?? phraseRes)?.filters.tier },
      },
      /**
       * How many pages match, resolved or not. For a windowed query the exact count is an
       * upper bound: its candidates are checked on their text as they are resolved (failures
       * come back related).
       */
      total: { exact: ranked.exact.length, related: ranked.related.length },
      /** Resolves the next `count` hits, continuing exact then related. Empty when done. */
      more: (count = limit) => take(count),
    };
  }

  return { search };
}
