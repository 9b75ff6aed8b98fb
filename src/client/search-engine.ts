// The site's search engine (browser). Loads nothing until the first search(). A query is
// normalised (width, case, traditional → simplified), split into characters and run against
// the character-level index (src/lib/search/format.ts) as an exact phrase and loosely.
import { SIDE_FILE, type SideFile } from '../lib/search/format.ts';
import {
  isIndexable,
  looksLikeId,
  normaliseQuery,
  parseCharMap,
  pickWindow,
} from '../lib/search/normalise.ts';
import { CITED_KIND, rankPages, slotOf, sortHits, type MatchSlot } from '../lib/search/rank.ts';
import { makeExcerpt } from '../lib/search/excerpt.ts';
import { deepLink, sectionAnchor, textDirective, type PageAnchor } from '../lib/search/link.ts';
import { findAll, readStored, wordPosition } from '../lib/search/stored.ts';

export interface Hit {
  /** Page URL with the section anchor and a text fragment (#anchor:~:text=…) when the query was found in the text. */
  url: string;
  title: string;
  id?: string;
  kind?: string;
  tier?: string;
  /** Safe HTML: escaped text with the matches in <mark>. */
  excerptHtml: string;
  /** Where the exact query was first found ('related' for pages with only its characters). */
  match: MatchSlot | 'related';
}

type FilterKey = 'kind' | 'tier';
type Counts = Record<string, Record<string, number>>;
/** Pages of any of the given kinds (产业方向, 来源…) and any of the given tiers (新兴, 未来, 传统). */
export type SearchFilters = Partial<Record<FilterKey, string[]>>;
type Hits = { exact: Hit[]; related: Hit[] };

export interface SearchResponse extends Hits {
  query: string;
  normalised: string;
  /** The query before traditional → simplified conversion, when it had traditional characters. */
  simplifiedFrom?: string;
  /** Exact-match counts per filter value (related results are not counted): kind counts honour the tier filter and vice versa. */
  counts: Record<FilterKey, Record<string, number>>;
  /**
   * How many pages match, resolved or not. For a query longer than WINDOW_CHARS the exact
   * count is an upper bound: the candidates of its most selective window are checked on
   * their text as they are resolved (failures come back related).
   */
  total: { exact: number; related: number };
  /** Resolves the next `count` hits (default: the limit), continuing exact then related. Empty when done. */
  more(count?: number): Promise<Hits>;
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;

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
  return { pf, side, t2s: parseCharMap(side.t2s) };
}

/** The Pagefind filter for the `keys` of `filters` that have values. */
function pagefindFilters(filters: SearchFilters, ...keys: FilterKey[]): PagefindFilter {
  const out: PagefindFilter = {};
  for (const key of keys) {
    const values = filters[key]?.filter(Boolean);
    if (values?.length) out[key] = { any: values };
  }
  return out;
}

/** Creates the engine for a site served at `base` (the Pagefind bundle is at `${base}pagefind/`). */
export function createSearchEngine(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  let loading: ReturnType<typeof loadEngine> | undefined;

  async function search(
    query: string,
    filters: SearchFilters = {},
    { limit = DEFAULT_LIMIT }: { limit?: number } = {},
  ): Promise<SearchResponse> {
    limit = Math.max(1, limit);
    loading ??= loadEngine(root).catch((error) => {
      loading = undefined;
      throw error;
    });
    const { pf, side, t2s } = await loading;
    const q = normaliseQuery(query, t2s);
    const response: SearchResponse = {
      query: q.query,
      normalised: q.normalised,
      simplifiedFrom: q.simplifiedFrom,
      exact: [],
      related: [],
      counts: { kind: {}, tier: {} },
      total: { exact: 0, related: 0 },
      more: async () => ({ exact: [], related: [] }),
    };
    // A long query is searched by its cheapest window of characters; candidates are then checked on their text.
    const part = pickWindow(q.chars, side.common);
    const windowed = part.chars.length < q.chars.length;
    // Pagefind terms: the characters anywhere on a page (`储 能`), and as a phrase (`"储 能"`).
    const loose = part.chars.filter((c) => isIndexable(c, side.punct)).join(' ');
    if (!loose) return response;

    const both = pagefindFilters(filters, 'kind', 'tier');
    // A character the index has no word for cannot be on any page: no exact matches.
    const phrase = q.chars.every((c) => isIndexable(c, side.punct)) && `"${part.chars.join(' ')}"`;
    // Facet counts count only exact matches (what the reader sees above 相关结果):
    // kinds under the tier filter only, tiers under the kind filter only.
    const facet = (key: FilterKey) =>
      phrase && filters[key]?.length
        ? pf.search(phrase, { filters: pagefindFilters(filters, key === 'kind' ? 'tier' : 'kind') })
        : undefined;
    const [phraseRes, looseRes, kindRes, tierRes, citedRes] = await Promise.all([
      phrase ? pf.search(phrase, { filters: both }) : undefined,
      pf.search(loose, { filters: both }),
      facet('kind'),
      facet('tier'),
      phrase ? pf.search(phrase, { filters: { ...both, kind: { any: [CITED_KIND] } } }) : undefined,
    ]);
    response.counts = {
      kind: { ...(kindRes ?? phraseRes)?.filters.kind },
      tier: { ...(tierRes ?? phraseRes)?.filters.tier },
    };

    const phraseResults = phraseRes?.results ?? [];
    const byId = new Map([...looseRes.results, ...phraseResults].map((r) => [r.id, r]));
    // For a window, the position of the whole query is estimated from the window's; toHit checks it.
    const matches = phraseResults.map((r) => ({
      id: r.id,
      position: r.words.length ? Math.max(0, Math.min(...r.words) - part.start) : Infinity,
    }));
    const cited = new Set(citedRes?.results.map((r) => r.id));
    const ranked = rankPages(looseRes.results, matches, side.slots, cited);
    response.total = { exact: ranked.exact.length, related: ranked.related.length };

    /** A hit from a page's fragment; for a window, an exact candidate is confirmed on its text or demoted. */
    async function toHit({ id, slot }: { id: string; slot?: MatchSlot }): Promise<Hit> {
      const data = await byId.get(id)!.data();
      const stored = readStored(data.content);
      let match: Hit['match'] = slot ?? 'related';
      if (windowed && slot) {
        const [m] = findAll(stored.full, q.normalised);
        match = m ? slotOf(wordPosition(stored.full, m.start), side.slots) : 'related';
      }
      const excerpt = makeExcerpt(stored.body, q.normalised);
      let url = data.url;
      if (excerpt.match) {
        const position = stored.bodyPosition + wordPosition(stored.body, excerpt.match.start);
        const anchor = sectionAnchor(data.anchors, position);
        url = deepLink(data.url, anchor, textDirective(stored.body, excerpt.match));
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
    const take = async (count: number): Promise<Hits> => {
      const hits = await Promise.all(order.slice(next, (next += count)).map(toHit));
      return {
        exact: sortHits(
          hits.filter((h) => h.match !== 'related'),
          q.normalised,
        ),
        related: hits.filter((h) => h.match === 'related'),
      };
    };
    // For an ID-shaped query, the pages whose ID slot matched (few) are resolved together,
    // so the one whose ID is the query goes first.
    const idSlot = looksLikeId(q.normalised)
      ? ranked.exact.filter((p) => p.slot === 'id').length
      : 0;
    Object.assign(response, await take(Math.max(limit, idSlot <= 20 ? idSlot : 0)));
    response.more = (count = limit) => take(Math.max(1, count));
    return response;
  }

  return { search };
}
