// Scores the search bench's answers against what the rendered pages hold
// (tests/e2e/search-truth.ts): counts for the figures, and up to five examples of each failure.
import { squashForMatch as squash } from '../../src/lib/search/normalise.ts';
import { holding, type PageText } from '../../tests/e2e/search-truth.ts';
import type { Hit, SearchEngine } from '../../src/client/search-engine.ts';

/**
 * Runs in the bench page (its module sets window.engine): one search, its hits reduced to
 * what the figures need. With `full`, every exact hit and up to 30 related ones are resolved.
 */
export async function searchInPage({ q, full }: { q: string; full: boolean }) {
  const engine = (window as unknown as { engine: SearchEngine }).engine;
  const brief = (h: Hit) => ({
    url: new URL(h.url, location.href).pathname,
    title: h.title,
    id: h.id ?? '',
    match: h.match,
    href: h.url,
  });
  const t0 = performance.now();
  const r = await engine.search(q);
  const ms = performance.now() - t0;
  const [exact, related] = [r.exact.map(brief), r.related.map(brief)];
  const want = r.total.exact + Math.min(30, r.total.related) - exact.length - related.length;
  if (full && want > 0) {
    const more = await r.more(want);
    exact.push(...more.exact.map(brief));
    related.push(...more.related.map(brief));
  }
  return { q, ms, normalised: r.normalised, simplifiedFrom: r.simplifiedFrom, exact, related };
}
export type Answer = Awaited<ReturnType<typeof searchInPage>>;

/** A query as the engine compares it: squashed, at most 64 characters. */
export const needleOf = (q: string) => [...squash(q)].slice(0, 64).join('');

/**
 * Counts, over every answer in `full` (all exact hits and some related ones resolved):
 * recall, exact precision, ordering (exact above partial, own text above furniture-only
 * pages, title/ID matches first, the ID's entry first) and whether each traditional query
 * (`tradFull`, from the [traditional, simplified] pairs) answers as its simplified form.
 */
export function scoreAnswers(
  pages: PageText[],
  kindOf: Map<string, string>,
  full: Answer[],
  tradFull: Answer[],
  traditional: string[][],
) {
  const n: Record<string, number> = {};
  const count = (key: string, by = 1) => (n[key] = (n[key] ?? 0) + by);
  const examples: Record<string, string[]> = {};
  const example = (key: string, text: string) =>
    (examples[key] ??= []).length < 5 && examples[key].push(text);
  /** Whether every index where `a` holds comes before every index where `b` holds. */
  const allBefore = (order: string[], a: (u: string) => boolean, b: (u: string) => boolean) =>
    Math.max(-1, ...order.map((u, i) => (a(u) ? i : -1))) < (order.findIndex(b) + 1 || Infinity);
  for (const r of full) {
    const needle = needleOf(r.q);
    const truth = holding(pages, needle);
    const order = [...r.exact, ...r.related].map((h) => h.url);
    const exact = new Set(r.exact.map((h) => h.url));
    const missed = [...truth].filter((u) => !order.includes(u));
    count('truth', truth.size);
    count('found', truth.size - missed.length);
    count('foundExact', [...truth].filter((u) => exact.has(u)).length);
    if (missed.length) example('misses', `${r.q}: ${missed.slice(0, 3).join(' ')}`);
    else count('fullRecall');
    count('exactReturned', exact.size);
    for (const u of exact)
      if (truth.has(u)) count('exactTrue');
      else example('falseExact', `${r.q}: ${u}`);
    const inTruth = (u: string) => truth.has(u);
    if (allBefore(order, inTruth, (u) => !truth.has(u))) count('ordered');
    else example('disorder', r.q);
    // Pages that hold the query only in template furniture (link lists, diagrams, breadcrumbs).
    const furniture = new Set([...holding(pages, needle, true)].filter((u) => !truth.has(u)));
    if (furniture.size) {
      count('furnitureQueries');
      if (allBefore(order, inTruth, (u) => furniture.has(u))) count('ownAboveFurniture');
      else example('furnitureAboveOwnText', `${r.q}: ${order.find((u) => furniture.has(u))}`);
    }
    if (truth.size >= 6) {
      count('topSixChecks');
      count('furnitureInTopSix', order.slice(0, 6).filter((u) => furniture.has(u)).length);
    }
    // Among exact matches, pages whose title (or ID) holds the query come first.
    const titled = r.exact.map(
      (h) => squash(h.title).includes(needle) || squash(h.id).includes(needle),
    );
    if (titled.includes(true)) {
      count('titleChecks');
      const [late, other] = [titled.lastIndexOf(true), titled.indexOf(false)];
      if (other < 0 || late < other) count('titleOk');
      else example('titleNotFirst', `${r.q}: ${r.exact[other].url} before ${r.exact[late].url}`);
    }
    if (kindOf.get(r.q) === 'id') {
      count('idChecks');
      const top = r.exact.slice(0, 3).map((h) => `${h.url}(${h.id},${h.match})`);
      if (r.exact[0]?.id.toLowerCase() === needle) count('idOk');
      else example('idNotFirst', `${r.q}: ${top.join(' ')}`);
    }
  }
  const fullByQ = new Map(full.map((r) => [r.q, r]));
  const urls = (r: Answer) => [...r.exact, ...r.related].map((h) => h.url).join(' ');
  tradFull.forEach((r, i) => {
    const s = fullByQ.get(traditional[i][1])!;
    if (urls(r) === urls(s)) count('tradAgree');
    else example('traditionalDiffers', `${r.q}→${r.normalised} vs ${s.q}`);
    if (r.simplifiedFrom !== undefined) count('tradMarked');
  });
  return { n, count, example, examples };
}

/**
 * The bench's queries from the site's own text, each with its kind: the title, ID and
 * aliases of up to 300 pages, then `substrings` random 1–6 character runs of page text.
 */
export function pickQueries(pages: PageText[], substrings: number, random: () => number) {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const kindOf = new Map<string, string>();
  const add = (q: string, kind: string) =>
    q && needleOf(q) && !kindOf.has(q) && kindOf.set(q, kind);
  const named = pages.length > 300 ? [...pages].sort(() => random() - 0.5).slice(0, 300) : pages;
  for (const p of named) {
    add(p.title, 'title');
    if (p.id) [p.id, p.id.toLowerCase()].forEach((q) => add(q, 'id'));
    p.aliases.forEach((a) => add(a, 'alias'));
  }
  const withText = pages.filter((p) => p.lines.length);
  for (let tries = 0, n = 0; n < substrings && tries < 50 * substrings; tries++) {
    const line = [...pick(pick(withText).lines)];
    const len = 1 + Math.floor(random() * 6);
    const start = Math.floor(random() * (line.length - len + 1));
    const q = line.slice(start, start + len).join('');
    if (line.length < len || !/^[\p{L}\p{N}]+$/u.test(q) || kindOf.has(q)) continue;
    add(q, 'substring');
    n++;
  }
  return kindOf;
}
