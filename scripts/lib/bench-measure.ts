// The measuring half of `npm run bench` (scripts/bench.ts runs the builds): build stage
// times, (a) first-visit weight per page type against budgets.json, and the bytes a first
// search fetches in Chromium for (b). Tables print with console.table.
import type { Browser } from 'playwright-core';
import {
  budgetFor,
  budgets,
  checkBudget,
  declaredInlineScripts,
  fetchedBy,
  firstVisits,
  isContentType,
  GZIP_LEVEL,
  sum,
  type Fetched,
} from './page-weight.ts';
import { PAGE_TYPES, listPages } from './dist-pages.ts';
import { serveDir } from './static-site.ts';

export const kb = (n?: number) =>
  n === undefined ? '–' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const heading = (text: string) =>
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 72 - text.length))}`);
/** The content check's and Astro's share of a build, from scripts/build.ts's output. */
export function stageTimes(out: string) {
  const t = (label: string) =>
    Number(new RegExp(`✓ ${label} \\(([\\d.]+) s\\)`).exec(out)?.[1] ?? NaN) * 1000;
  return { check: t('content check'), astro: t('astro build') };
}

/** Pagefind's bundle by part (the search bench's engine apart), as byPart adds it up. */
const PAGEFIND_PARTS: Array<[string, RegExp]> = [
  ['engine', /\/__bench\/engine\.js$/],
  ['pagefind.js', /\/pagefind\.js$/],
  ['entry', /pagefind-entry\.json$/],
  ['wasm', /\/wasm\.[^/]+$/],
  ['meta', /\.pf_meta$/],
  ['index', /\/index\//],
  ['fragments', /\/fragment\//],
  ['filters', /\/filter\//],
];

/** (a) First-visit weight of every page of `dist` by page type, against budgets.json. */
export async function weight(dist: string) {
  heading(`(a) First-visit weight per page type — ${dist}`);
  const declared = await declaredInlineScripts();
  const pages = listPages(dist).filter((p) => p.type !== 'redirect');
  const visits = (await firstVisits(dist, pages)).sort((a, b) => a.total.gzip - b.total.gzip);
  const byType = Map.groupBy(visits, (fv) => fv.type);
  const rows: Record<string, Record<string, string | number>> = {};
  const over: string[] = [];
  for (const type of PAGE_TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    const [lightest, heaviest] = [list[0], list.at(-1)!];
    const problems = list.flatMap((fv) => checkBudget(fv, declared).map((p) => `${fv.url}: ${p}`));
    over.push(...problems);
    rows[type] = {
      pages: list.length,
      'heaviest page': heaviest.url,
      HTML: `${kb(heaviest.html.raw)} / ${kb(heaviest.html.gzip)}`,
      CSS: `${kb(heaviest.css.raw)} / ${kb(heaviest.css.gzip)}`,
      'JS at load': `${kb(heaviest.js.raw)} / ${kb(heaviest.js.gzip)}`,
      'inline JS': kb(heaviest.inlineJs.raw),
      'total gz': kb(heaviest.total.gzip),
      'range gz':
        list.length > 1
          ? `${kb(lightest.total.gzip)}–${kb(heaviest.total.gzip)}`
          : kb(heaviest.total.gzip),
      budget: kb(budgetFor(type).firstVisitGzipMax),
      'vs budget': problems.length
        ? `OVER (${new Set(problems.map((p) => p.split(':')[0])).size})`
        : 'ok',
    };
  }
  console.log(
    `Heaviest page of each type. Sizes raw / gzip (level ${GZIP_LEVEL}, per file). JS = external scripts + static imports; inline JS is inside the HTML figure.\n`,
  );
  console.table(rows);

  // What JavaScript runs at page load, and whether budgets.json allows it.
  const jsFiles = Map.groupBy(
    visits.flatMap((fv) => fv.js.files),
    (f) => f.path,
  );
  const inline = Map.groupBy(
    visits.flatMap((fv) => fv.inlineJs.scripts),
    (s) => s.sha256,
  );
  console.log(
    `\nJavaScript at page load (content pages: no script file, only the declared inline bootstrap):`,
  );
  for (const [path, [f, ...copies]] of jsFiles)
    console.log(
      `  file    ${path}  ${kb(f.raw)} raw / ${kb(f.gzip)} gzip, on ${copies.length + 1} of ${pages.length} pages`,
    );
  for (const [hash, [s, ...copies]] of inline) {
    const d = declared.get(hash);
    console.log(
      `  inline  ${s.module ? 'module' : 'classic'} ${s.bytes} B on ${copies.length + 1} page(s) — ${d ? `declared: ${d.name}` : 'not declared'} — "${s.head.slice(0, 50)}…"`,
    );
  }
  const maxContent = visits.findLast((fv) => isContentType(fv.type));
  if (maxContent)
    console.log(
      `\nHeaviest content page: ${maxContent.url} ${kb(maxContent.total.gzip)} gzip (target ≤ ${kb(budgets.contentPages.firstVisitGzipMax)}).`,
    );
  console.log(
    over.length
      ? `Over budget (${over.length}):\n  ${over.slice(0, 30).join('\n  ')}`
      : 'Every page is within budgets.json.',
  );
}

/** The sizes of `files` added up by the part of Pagefind's bundle they belong to. */
export function byPart(files: Fetched[], size: 'raw' | 'gzip') {
  const parts = Object.groupBy(
    files,
    (f) =>
      PAGEFIND_PARTS.find(([, re]) => re.test(f.path))?.[0] ??
      `other ${f.path.replace('/pagefind/', '')}`,
  );
  return Object.fromEntries(Object.entries(parts).map(([part, list]) => [part, sum(list!, size)]));
}

/**
 * What the search page fetches from /pagefind/ for a first search in a fresh browser
 * profile, and the number of results it reports (NaN when it shows none).
 */
export async function firstSearch(browser: Browser, dist: string, query = '镇江') {
  const server = await serveDir(dist);
  const tab = await browser.newPage(); // a fresh profile
  try {
    const { files } = await fetchedBy(tab, server.url, async () => {
      await tab.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await tab.waitForSelector('#search-results li', { timeout: 20_000 }).catch(() => {});
      await tab.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    });
    const shown = await tab.locator('#search-results li').count();
    const status = shown ? await tab.locator('#search-status').textContent() : '';
    // "“镇江”：N 个页面包含完整字词，另有 M 个页面只含部分字词。" (src/client/search-page.ts); the list shows only a first batch.
    const counts = /(\d+) 个页面包含完整字词(?:，另有 (\d+) 个页面)?/.exec(status ?? '');
    const pagefind = files.filter((f) => f.path.startsWith('/pagefind/'));
    return {
      results: counts ? Number(counts[1]) + Number(counts[2] ?? 0) : NaN,
      files: pagefind,
      fragmentCount: pagefind.filter((f) => f.path.includes('/fragment/')).length,
    };
  } finally {
    await Promise.all([tab.close(), server.close()]);
  }
}
