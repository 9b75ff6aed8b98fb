// The measuring half of `npm run bench` (scripts/bench.ts runs the builds): build stage
// times, (a) first-visit weight per page type against budgets.json, and the bytes a first
// search fetches in Chromium for (b). Tables print with console.table.
import { existsSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  budgetFor,
  checkBudget,
  declaredInlineScripts,
  firstVisits,
  gzipBytes,
  isContentType,
  readBudgets,
  GZIP_LEVEL,
  type FirstVisit,
} from './page-weight.ts';
import { PAGE_TYPES, listPages, walk } from './dist-pages.ts';
import { serveDir } from './static-site.ts';

export const kb = (n?: number) =>
  n === undefined ? '–' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const heading = (text: string) =>
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 72 - text.length))}`);
export function dirBytes(dir: string) {
  return existsSync(dir) ? walk(dir).reduce((a, f) => a + statSync(f).size, 0) : 0;
}
/** The content check's and Astro's share of a build, from scripts/build.ts's output. */
export function stageTimes(out: string) {
  const t = (label: string) =>
    Number(new RegExp(`✓ ${label} \\(([\\d.]+) s\\)`).exec(out)?.[1] ?? NaN) * 1000;
  return { check: t('content check'), astro: t('astro build') };
}

/** The part of Pagefind's bundle a fetched path belongs to (the search bench's engine apart). */
export function pagefindPart(path: string): string {
  const PARTS: Array<[string, RegExp]> = [
    ['engine', /\/__bench\/engine\.js$/],
    ['pagefind.js', /\/pagefind\.js$/],
    ['entry', /pagefind-entry\.json$/],
    ['wasm', /\/wasm\.[^/]+$/],
    ['meta', /\.pf_meta$/],
    ['index', /\/index\//],
    ['fragments', /\/fragment\//],
    ['filters', /\/filter\//],
  ];
  return PARTS.find(([, re]) => re.test(path))?.[0] ?? `other ${path.replace('/pagefind/', '')}`;
}

const heaviestOf = (list: FirstVisit[]) =>
  list.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));

// ── (a) weight ────────────────────────────────────────────────────────────
/** (a) First-visit weight of every page of `dist` by page type, against `root`/budgets.json. */
export async function weight(root: string, dist: string) {
  heading(`(a) First-visit weight per page type — ${dist}`);
  const budgets = readBudgets(root);
  const declared = await declaredInlineScripts(budgets, root);
  const pages = listPages(dist).filter((p) => p.type !== 'redirect');
  const byType = new Map<string, FirstVisit[]>();
  for (const fv of await firstVisits(dist, pages))
    byType.set(fv.type, [...(byType.get(fv.type) ?? []), fv]);
  const rows: Record<string, Record<string, string | number>> = {};
  const over: string[] = [];
  for (const type of [
    ...PAGE_TYPES,
    ...[...byType.keys()].filter((t) => !PAGE_TYPES.includes(t)),
  ]) {
    const list = byType.get(type);
    if (!list) continue;
    const heaviest = heaviestOf(list);
    const lightest = list.reduce((a, b) => (b.total.gzip < a.total.gzip ? b : a));
    const b = budgetFor(budgets, type);
    const problems = list.flatMap((fv) =>
      checkBudget(budgets, fv, declared).map((p) => `${fv.url}: ${p}`),
    );
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
      budget: b.firstVisitGzipMax ? kb(b.firstVisitGzipMax) : '–',
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
  const content = [...byType].filter(([t]) => isContentType(t)).flatMap(([, l]) => l);
  const jsFiles = new Map<string, FirstVisit['js']['files'][number] & { pages: number }>();
  const inline = new Map<string, FirstVisit['inlineJs']['scripts'][number] & { pages: number }>();
  for (const fv of [...byType.values()].flat()) {
    for (const f of fv.js.files)
      jsFiles.set(f.path, { ...f, pages: (jsFiles.get(f.path)?.pages ?? 0) + 1 });
    for (const s of fv.inlineJs.scripts)
      inline.set(s.sha256, { ...s, pages: (inline.get(s.sha256)?.pages ?? 0) + 1 });
  }
  console.log(
    `\nJavaScript at page load (content pages: no script file, only the declared inline bootstrap):`,
  );
  for (const f of jsFiles.values()) {
    console.log(
      `  file    ${f.path}  ${kb(f.raw)} raw / ${kb(f.gzip)} gzip, on ${f.pages} of ${pages.length} pages`,
    );
  }
  for (const s of inline.values()) {
    const d = declared.get(s.sha256);
    console.log(
      `  inline  ${s.module ? 'module' : 'classic'} ${s.bytes} B on ${s.pages} page(s) — ${d ? `declared: ${d.name}` : 'not declared'} — "${s.head.slice(0, 50)}…"`,
    );
  }
  const maxContent = content.length ? heaviestOf(content) : undefined;
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

/** Bytes the search page fetches from /pagefind/ for a first search, in a fresh browser profile. */
export async function firstSearch(browser: Browser, dist: string, query = '镇江') {
  const server = await serveDir(dist);
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: Array<{ path: string; bytes: number; wire: number }> = [];
  page.on('response', async (res) => {
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/pagefind/')) return;
    try {
      const body = await res.body();
      fetched.push({
        path: url.pathname,
        bytes: body.length,
        wire: /\.(js|json|css)$/.test(url.pathname) ? gzipBytes(body) : body.length,
      });
    } catch {
      /* redirects have no body */
    }
  });
  let method = 'search page';
  let results = NaN;
  try {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    const RESULTS = '#search-results li, [data-search-results] li';
    await page.waitForFunction(
      (sel: string) => document.querySelectorAll(sel).length > 0,
      RESULTS,
      {
        timeout: 20_000,
      },
    );
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const status =
      (await page
        .locator('#search-status')
        .textContent()
        .catch(() => '')) ?? '';
    // "“镇江”：N 个页面包含完整字词，另有 M 个页面只含部分字词。" (src/client/search-page.ts); the list shows only a first batch.
    const counts = /(\d+) 个页面包含完整字词(?:，另有 (\d+) 个页面)?/.exec(status);
    if (!counts) throw new Error(`search status not understood: ${status}`);
    results = Number(counts[1]) + Number(counts[2] ?? 0);
  } catch {
    // The search page did not show results: measure Pagefind's own JS API instead, loading what the page would.
    method = 'Pagefind API (search page failed)';
    fetched.length = 0;
    await page.goto(`${server.url}/404.html`);
    results = await page.evaluate(async (q) => {
      const bundle = '/pagefind/pagefind.js'; // served by the site, not resolved by TypeScript
      const pf = await import(bundle);
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 50).map((x: { data(): unknown }) => x.data()));
      return r.results.length;
    }, query);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  }
  await context.close();
  await server.close();
  const kinds: Record<string, number> = {};
  for (const x of fetched)
    kinds[pagefindPart(x.path)] = (kinds[pagefindPart(x.path)] ?? 0) + x.bytes;
  return {
    method,
    results,
    requests: fetched.length,
    kinds,
    fragmentCount: fetched.filter((x) => /\/fragment\//.test(x.path)).length,
    total: fetched.reduce((a, x) => a + x.bytes, 0),
    wire: fetched.reduce((a, x) => a + x.wire, 0),
  };
}
