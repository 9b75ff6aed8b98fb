// @ts-nocheck -- converted from untyped .mjs, like scripts/bench.ts.
// The measuring and printing half of `npm run bench` (scripts/bench.ts runs the builds):
// tables, build stage times, (a) first-visit weight per page type against budgets.json,
// and the bytes a first search fetches in Chromium for (b).
import { existsSync, statSync } from 'node:fs';
import {
  budgetFor,
  checkBudget,
  declaredInlineScripts,
  firstVisits,
  gzipBytes,
  isContentType,
  readBudgets,
  GZIP_LEVEL,
} from './page-weight.ts';
import { PAGE_TYPES, listPages, walk } from './dist-pages.ts';
import { serveDir } from './static-site.ts';

export const kb = (n) =>
  n === undefined ? '–' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
export const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** Prints a table: columns padded to their widest cell, figures right-aligned (cells are ASCII). */
export function table(head, rows) {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)),
  );
  const line = (cells) =>
    cells
      .map((c, i) =>
        String(c ?? '')[i > 0 && /^[\d.–-]/.test(String(c)) ? 'padStart' : 'padEnd'](widths[i]),
      )
      .join('  ');
  console.log(
    [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n'),
  );
}
export const heading = (text) =>
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 72 - text.length))}`);
export function dirBytes(dir) {
  return existsSync(dir) ? walk(dir).reduce((a, f) => a + statSync(f).size, 0) : 0;
}
export function stageTimes(out) {
  const t = (label) =>
    Number(new RegExp(`✓ ${label} \\(([\\d.]+) s\\)`).exec(out)?.[1] ?? NaN) * 1000;
  return {
    check: t('content check'),
    astro: t('astro build'),
    pages: Number(/search index \((\d+) pages\)/.exec(out)?.[1] ?? NaN),
  };
}

// ── (a) weight ────────────────────────────────────────────────────────────
/** (a) First-visit weight of every page of `dist` by page type, against `root`/budgets.json. */
export async function weight(root, dist) {
  heading(`(a) First-visit weight per page type — ${dist}`);
  const budgets = readBudgets(root);
  const declared = await declaredInlineScripts(budgets, root);
  const pages = listPages(dist).filter((p) => p.type !== 'redirect');
  const byType = new Map();
  for (const fv of await firstVisits(dist, pages))
    byType.set(fv.type, [...(byType.get(fv.type) ?? []), fv]);
  const rows = [];
  const over = [];
  for (const type of [
    ...PAGE_TYPES,
    ...[...byType.keys()].filter((t) => !PAGE_TYPES.includes(t)),
  ]) {
    const list = byType.get(type);
    if (!list) continue;
    const heaviest = list.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
    const lightest = list.reduce((a, b) => (b.total.gzip < a.total.gzip ? b : a));
    const b = budgetFor(budgets, type);
    const problems = list.flatMap((fv) =>
      checkBudget(budgets, fv, declared).map((p) => `${fv.url}: ${p}`),
    );
    over.push(...problems);
    rows.push([
      type,
      list.length,
      heaviest.url,
      `${kb(heaviest.html.raw)} / ${kb(heaviest.html.gzip)}`,
      `${kb(heaviest.css.raw)} / ${kb(heaviest.css.gzip)}`,
      `${kb(heaviest.js.raw)} / ${kb(heaviest.js.gzip)}`,
      kb(heaviest.inlineJs.raw),
      kb(heaviest.total.gzip),
      list.length > 1
        ? `${kb(lightest.total.gzip)}–${kb(heaviest.total.gzip)}`
        : kb(heaviest.total.gzip),
      b.firstVisitGzipMax ? kb(b.firstVisitGzipMax) : '–',
      problems.length ? `OVER (${new Set(problems.map((p) => p.split(':')[0])).size})` : 'ok',
    ]);
  }
  console.log(
    `Heaviest page of each type. Sizes raw / gzip (level ${GZIP_LEVEL}, per file). JS = external scripts + static imports; inline JS is inside the HTML figure.\n`,
  );
  table(
    [
      'type',
      'pages',
      'heaviest page',
      'HTML',
      'CSS',
      'JS at load',
      'inline JS',
      'total gz',
      'range gz',
      'budget',
      'vs budget',
    ],
    rows,
  );

  // What JavaScript runs at page load, and whether budgets.json allows it.
  const content = [...byType].filter(([t]) => isContentType(t)).flatMap(([, l]) => l);
  const jsFiles = new Map();
  const inline = new Map();
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
  const maxContent = content.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a), content[0]);
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
export async function firstSearch(browser, dist, query = '镇江') {
  const server = await serveDir(dist);
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
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
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, RESULTS, {
      timeout: 20_000,
    });
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
      const pf = await import('/pagefind/pagefind.js');
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 50).map((x) => x.data()));
      return r.results.length;
    }, query);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  }
  await context.close();
  await server.close();
  const KINDS = [
    ['pagefind.js', (p) => /\/pagefind\.js$/.test(p)],
    ['entry', (p) => /pagefind-entry\.json$/.test(p)],
    ['wasm', (p) => /\/wasm\.[^/]+$/.test(p)],
    ['meta', (p) => /\.pf_meta$/.test(p)],
    ['index', (p) => /\/index\//.test(p)],
    ['fragments', (p) => /\/fragment\//.test(p)],
    ['filters', (p) => /\/filter\//.test(p)],
  ];
  const kinds = {};
  for (const x of fetched) {
    const k = KINDS.find(([, t]) => t(x.path))?.[0] ?? `other ${x.path.replace('/pagefind/', '')}`;
    kinds[k] = (kinds[k] ?? 0) + x.bytes;
  }
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
