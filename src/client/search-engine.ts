// The site's search engine (browser). Loads nothing until the first search(). A query is
// normalised (width, case, traditional → simplified), split into characters and run against
// the character-level index of search-index.ts as an exact phrase and loosely. Exact matches
// come first (content before source pages; ID, title, alias, then text), then "related" ones.
import { SIDE_FILE, type SideFile } from '../lib/search/format.ts';
import {
  isIndexable,
  looksLikeId,
  looseTerm,
  normaliseQuery,
  parseCharMap,
  phraseTerm,
  pickWindow,
} from '../lib/search/normalise.ts';
import {
  CITED_KIND,
  promoteId,
  rankPages,
  slotOf,
  sortBySlot,
  type MatchSlot,
  type PhraseMatch,
  type RankedPage,
} from '../lib/search/rank.ts';
import { makeExcerpt } from '../lib/search/excerpt.ts';
import {
  deepLink,
  sectionAnchor,
  segmenterBoundaries,
  textDirective,
  type PageAnchor,
} from '../lib/search/link.ts';
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
  /** Whether the page holds the exact query. */
  exact: boolean;
  /** Where the exact query was first found ('related' for pages with only its characters). */
  match: MatchSlot | 'related';
}

type FilterKey = 'kind' | 'tier';
/** Counts per value of each filter. */
type Counts = Record<string, Record<string, number>>;
/** Pages of any of the given kinds (产业方向, 来源…) and any of the given tiers (新兴, 未来, 传统). */
export type SearchFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchResponse {
  query: string;
  normalised: string;
  /** The query before traditional → simplified conversion, when it had traditional characters. */
  simplifiedFrom?: string;
  exact: Hit[];
  related: Hit[];
  /** Exact-match counts per filter value for this query (related results are not counted): kind counts honour the tier filter and vice versa. */
  counts: Record<FilterKey, Record<string, number>>;
  /**
   * How many pages match (exact, related), resolved or not. For a query longer than
   * WINDOW_CHARS the exact count is an upper bound: the candidates of its most selective
   * window are checked on their text as they are resolved (failures come back related).
   */
  total: { exact: number; related: number };
  /** Resolves the next `count` hits (default: the limit), continuing exact then related. Empty when done. */
  more(count?: number): Promise<{ exact: Hit[]; related: Hit[] }>;
}

/** The engine: search(query, filters?, options?). */
export type SearchEngine = ReturnType<typeof createSearchEngine>;

/** How many hits a search resolves at first: enough for a screen, few enough to keep a first search under 120 KB gzip. */
export const DEFAULT_LIMIT = 6;

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
type PagefindData = Awaited<ReturnType<PagefindResult['data']>>;
type PagefindFilter = Record<string, { any: string[] }>;
interface PagefindInstance {
  search(
    term: string,
    o?: { filters?: PagefindFilter },
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
  return { pf, side, t2s: parseCharMap(side.t2s), boundaries: segmenterBoundaries('zh-CN') };
}
type Loaded = Awaited<ReturnType<typeof loadEngine>>;

/** The Pagefind filter for the `keys` of `filters` that have values, if any. */
function toPagefindFilters(
  filters: SearchFilters | undefined,
  keys: FilterKey[],
): PagefindFilter | undefined {
  const out: PagefindFilter = {};
  for (const key of keys) {
    const values = filters?.[key]?.filter(Boolean);
    if (values?.length) out[key] = { any: values };
  }
  return Object.keys(out).length ? out : undefined;
}

/** Creates the engine for a site served at `base` (the Pagefind bundle is at `${base}pagefind/`). */
export function createSearchEngine(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  let loading: Promise<Loaded> | undefined;

  function load(): Promise<Loaded> {
    loading ??= loadEngine(root);
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  }

  /**
   * Builds a hit from a page's fragment. With `check` (long queries, searched by a window),
   * an exact candidate is confirmed on the stored text, or demoted to related.
   */
  function toHit(
    data: PagefindData,
    ranked: RankedPage,
    normalised: string,
    { boundaries, side }: Loaded,
    check: boolean,
  ): Hit {
    const stored = readStored(data.content);
    let match: Hit['match'] = ranked.exact ? (ranked.slot ?? 'text') : 'related';
    if (check && ranked.exact) {
      const [m] = findAll(stored.full, normalised, 1);
      match = m ? slotOf(wordPosition(stored.full, m.start), side.slots) : 'related';
    }
    const excerpt = makeExcerpt(stored.body, normalised);
    let url = data.url;
    if (excerpt.match) {
      const position = stored.bodyPosition + wordPosition(stored.body, excerpt.match.start);
      url = deepLink(
        data.url,
        sectionAnchor(data.anchors, position),
        textDirective(stored.body, excerpt.match, boundaries),
      );
    }
    return {
      url,
      title: data.meta.title || data.url,
      id: data.meta.id || undefined,
      kind: data.filters.kind?.[0],
      tier: data.filters.tier?.[0],
      excerptHtml: excerpt.html,
      exact: match !== 'related',
      match,
    };
  }

  async function search(
    query: string,
    filters?: SearchFilters,
    { limit = DEFAULT_LIMIT }: { limit?: number } = {},
  ): Promise<SearchResponse> {
    limit = Math.max(1, limit);
    const loaded = await load();
    const { pf, side, t2s } = loaded;
    const q = normaliseQuery(query, t2s);
    const response: SearchResponse = {
      query: q.query,
      normalised: q.normalised,
      exact: [],
      related: [],
      counts: { kind: {}, tier: {} },
      total: { exact: 0, related: 0 },
      more: async () => ({ exact: [], related: [] }),
    };
    if (q.simplifiedFrom !== undefined) response.simplifiedFrom = q.simplifiedFrom;
    // A long query is searched by its cheapest window of characters; candidates are then checked on their text.
    const part = pickWindow(q.chars, side.common);
    const windowed = part.chars.length < q.chars.length;
    const loose = looseTerm(part.chars, side.punct);
    if (!loose) return response;

    const both = toPagefindFilters(filters, ['kind', 'tier']);
    // A character the index has no word for cannot be on any page: no exact matches.
    const phrasable = q.chars.every((c) => isIndexable(c, side.punct));
    const phrase = phrasable ? phraseTerm(part.chars) : undefined;
    // Facet counts count only exact matches (what the reader sees above 相关结果):
    // kinds under the tier filter only, tiers under the kind filter only.
    const facet = (keys: FilterKey[]) =>
      phrase ? pf.search(phrase, { filters: toPagefindFilters(filters, keys) }) : undefined;
    const [phraseRes, looseRes, kindRes, tierRes, citedRes] = await Promise.all([
      phrase ? pf.search(phrase, { filters: both }) : undefined,
      pf.search(loose, { filters: both }),
      filters?.kind?.length ? facet(['tier']) : undefined,
      filters?.tier?.length ? facet(['kind']) : undefined,
      phrase ? pf.search(phrase, { filters: { ...both, kind: { any: [CITED_KIND] } } }) : undefined,
    ]);
    response.counts = {
      kind: { ...(kindRes ?? phraseRes)?.filters.kind },
      tier: { ...(tierRes ?? phraseRes)?.filters.tier },
    };

    const phraseResults = phraseRes?.results ?? [];
    const byId = new Map([...looseRes.results, ...phraseResults].map((r) => [r.id, r]));
    // For a window, the position of the whole query is estimated from the window's; toHit checks it.
    const matches: PhraseMatch[] = phraseResults.map((r) => ({
      id: r.id,
      position: r.words.length ? Math.max(0, Math.min(...r.words) - part.start) : Infinity,
    }));
    const ranked = rankPages(
      looseRes.results,
      matches,
      side.slots,
      new Set(citedRes?.results.map((r) => r.id)),
    );
    response.total = { exact: ranked.exact.length, related: ranked.related.length };
    const order = [...ranked.exact, ...ranked.related];
    let next = 0;
    const take = async (count: number) => {
      const batch = order.slice(next, (next += count));
      const hits = await Promise.all(
        batch.map(async (p) =>
          toHit(await byId.get(p.id)!.data(), p, q.normalised, loaded, windowed),
        ),
      );
      const exact = hits.filter((h) => h.exact);
      return { exact: windowed ? sortBySlot(exact) : exact, related: hits.filter((h) => !h.exact) };
    };

    // For an ID-shaped query, the pages whose ID slot matched (few) are resolved together,
    // so the one whose ID is the query goes first.
    const idSlot = looksLikeId(q.normalised)
      ? ranked.exact.filter((p) => p.slot === 'id').length
      : 0;
    const first = await take(Math.max(limit, idSlot <= 20 ? idSlot : 0));
    response.exact = promoteId(first.exact, q.normalised);
    response.related = first.related;
    response.more = (count = limit) => take(Math.max(1, count));
    return response;
  }

  return { search };
}
