#!/usr/bin/env node
// Measures the site search (src/client/search-engine.ts) in headless Chromium against a
// built site, with queries from the site's own text (pickQueries) and their traditional
// forms (OpenCC s→t). The truth for a query is the set of pages whose rendered text holds
// it (tests/e2e/search-truth.ts). Prints figures; never fails on thresholds.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { aliasesInContent, buildSearchIndex } from './lib/search-index.ts';
import { listPages } from './lib/dist-pages.ts';
import { addSyntheticPages, prng } from './lib/bench-synth.ts';
import { launchChromium, serveDir } from './lib/static-site.ts';
import { byPart, kb } from './lib/bench-measure.ts';
import { fetchedBy, gzipBytes, sum } from './lib/page-weight.ts';
import { queryOnScreen, readPages } from '../tests/e2e/search-truth.ts';
import { needleOf, pickQueries, scoreAnswers, searchInPage } from './lib/bench-search-score.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    queries: { type: 'string', default: '300' }, // random substrings, besides titles, IDs, aliases
    seed: { type: 'string', default: '1' },
    // Copies the site, adds N generated pages in the same HTML shape and indexes the copy
    // with scripts/lib/search-index.ts (SEARCH_INDEX_CHUNK_SIZE overrides the chunk size).
    synthetic: { type: 'string', default: '0' },
    'byte-samples': { type: 'string', default: '16' }, // first searches in fresh browsers
    // Scores recall and ranking on K random queries (resolving every hit grows with pages ×
    // hits); latency and bytes use all.
    'score-sample': { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false }, // keep the synthetic copy
  },
});
const random = prng(Number(args.seed));
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const median = (xs: number[]) => quantile(xs, 0.5);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
/** Runs each query in its own evaluate call, so a large site never sends all answers at once. */
const runAll = (page: Page, list: string[], full: boolean) =>
  Array.fromAsync(list, (q) => page.evaluate(searchInPage, { q, full }));

let siteDir = resolve(ROOT, args.site);
if (!existsSync(join(siteDir, 'pagefind', 'pagefind.js')))
  throw new Error(`${siteDir} has no Pagefind bundle: run npm run build first`);
const synthetic = Number(args.synthetic);
const tmp = synthetic > 0 ? mkdtempSync(join(tmpdir(), 'bench-search-')) : undefined;
if (tmp) {
  const pagefind = join(siteDir, 'pagefind');
  cpSync(siteDir, tmp, { recursive: true, filter: (from) => from !== pagefind });
  const synthAliases = addSyntheticPages(tmp, synthetic, random);
  const aliases = new Map([...aliasesInContent(ROOT), ...synthAliases]);
  const t0 = Date.now();
  const { pages } = await buildSearchIndex(tmp, aliases);
  console.log(`indexed ${pages} pages (${synthetic} synthetic) in ${(Date.now() - t0) / 1000} s`);
  siteDir = tmp;
}
const engineJs = (
  await build({
    entryPoints: [join(ROOT, 'src/client/search-engine.ts')],
    ...{ bundle: true, format: 'esm', minify: true, write: false, target: 'es2022' },
  })
).outputFiles[0].text;
const install = `import { createSearchEngine } from '/__bench/engine.js'; window.engine = createSearchEngine('/');`;
const routes = {
  '/__bench/': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title><script type="module">${install}</script></head><body></body></html>`,
  },
  '/__bench/engine.js': { type: 'text/javascript', body: engineJs },
};
const server = await serveDir(siteDir, { routes });
const browser = await launchChromium();
try {
  const indexed = listPages(siteDir)
    .filter((p) => p.html.includes('data-pagefind-body'))
    .map((p) => p.url);
  const pages = await readPages(browser, server.url, indexed);

  // ----- queries -----
  const kindOf = pickQueries(pages, Number(args.queries), random);
  const queryList = [...kindOf.keys()];
  const byKind = (k: string) => queryList.filter((q) => kindOf.get(q) === k);
  const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const traditional = queryList
    .map((q) => [s2t(q), q])
    .filter(([t, q]) => t !== q && /\p{Script=Han}/u.test(q));
  const tradQueries = traditional.map(([t]) => t);
  const sample = Number(args['score-sample']);
  const scored =
    sample > 0 ? [...queryList].sort(() => random() - 0.5).slice(0, sample) : queryList;
  const tradScored = traditional.filter(([, q]) => scored.includes(q));
  const tradScoredQueries = tradScored.map(([t]) => t);

  // ----- run -----
  const page = await browser.newPage();
  await page.goto(server.url + '/__bench/');
  await page.waitForFunction(() => 'engine' in window);
  const timed = await runAll(page, queryList, false); // the default limit, as the UI asks
  const full = await runAll(page, scored, true);
  const tradFull = await runAll(page, tradScoredQueries, true);

  const { n, count, example, examples } = scoreAnswers(pages, kindOf, full, tradFull, tradScored);

  // ----- deep links: does the text fragment bring words below the fold on screen? -----
  const linkTab = await browser.newPage();
  for (const r of full.filter(
    (x) => kindOf.get(x.q) === 'substring' && /^\p{Script=Han}{2,}$/u.test(x.q),
  )) {
    const hit = r.exact.find((h) => h.href.includes(':~:text='));
    if ((n.linkChecked ?? 0) >= 40 || !hit) continue;
    await linkTab.goto(server.url + hit.url, { waitUntil: 'load' });
    if (await linkTab.evaluate(queryOnScreen, needleOf(r.q))) continue;
    await linkTab.goto('about:blank');
    await linkTab.goto(server.url + hit.href, { waitUntil: 'load' });
    await linkTab.waitForTimeout(150);
    count('linkChecked');
    if (await linkTab.evaluate(queryOnScreen, needleOf(r.q))) count('linkLanded');
    else example('deepLinkMissed', decodeURIComponent(hit.href));
  }
  await linkTab.close();

  // ----- bytes of a first search, each in a fresh browser context -----
  const sources = [...['substring', 'title', 'id', 'alias'].map(byKind), tradQueries];
  const samples: string[] = [];
  for (let i = 0; samples.length < Number(args['byte-samples']) && i < 1000; i++)
    if (sources[i % 5].length) samples.push(pick(sources[i % 5]));
  const firsts = [];
  for (const q of samples) {
    const tab = await browser.newPage(); // a fresh profile
    const fetched = await fetchedBy(tab, server.url, async () => {
      await tab.goto(server.url + '/__bench/');
      await tab.waitForFunction(() => 'engine' in window);
      await tab.evaluate(searchInPage, { q, full: false });
    });
    await tab.close();
    const files = fetched.files.filter((f) => f.path !== '/__bench/');
    const [raw, gz, parts] = [sum(files, 'raw'), sum(files, 'gzip'), byPart(files, 'gzip')];
    firsts.push({ q, raw, gz, requests: files.length, parts });
  }
  const buckets: Record<string, number[]> = {};
  for (const f of firsts) {
    const len = [...needleOf(f.q)].length;
    (buckets[len <= 2 ? '1-2' : len <= 4 ? '3-4' : len <= 8 ? '5-8' : '9+'] ??= []).push(f.gz);
  }
  const worst = firsts.reduce((a, b) => (b.gz > a.gz ? b : a));
  const warm = timed.slice(1).map((r) => r.ms);
  const [gz, raw] = [firsts.map((f) => f.gz), firsts.map((f) => f.raw)];
  const c = (k: string) => n[k] ?? 0;
  const site = synthetic ? `${args.site} + ${synthetic} synthetic pages` : args.site;
  const byLength = Object.entries(buckets)
    .sort()
    .map(
      ([chars, v]) =>
        `${chars}: median ${kb(median(v))}, max ${kb(Math.max(...v))} (n=${v.length})`,
    );
  const lines = [
    `\nSearch bench — ${site}: ${pages.length} pages, ${queryList.length} queries (${byKind('title').length} titles, ${byKind('id').length} IDs, ${byKind('alias').length} aliases, ${byKind('substring').length} substrings) + ${traditional.length} traditional${sample > 0 ? `; recall and ranking scored on ${full.length} of them` : ''}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
    `  recall (pages holding the query that are returned)   ${pct(c('found'), c('truth'))}  (${c('found')}/${c('truth')}; as exact matches ${pct(c('foundExact'), c('truth'))}; queries with every page found ${pct(c('fullRecall'), full.length)})`,
    `  exact matches that really hold the query              ${pct(c('exactTrue'), c('exactReturned'))}  (${c('exactTrue')}/${c('exactReturned')})`,
    `  queries with every exact match above every partial   ${pct(c('ordered'), full.length)}`,
    `  queries with every own-text page above every furniture-only page ${pct(c('ownAboveFurniture'), c('furnitureQueries'))}  (${c('furnitureQueries')} queries have furniture-only pages)`,
    `  furniture-only pages among the first 6 results       ${c('furnitureInTopSix')}  (over ${c('topSixChecks')} queries with ≥ 6 own-text pages)`,
    `  title/ID matches first among exact matches           ${pct(c('titleOk'), c('titleChecks'))}  (${c('titleChecks')} queries)`,
    `  ID query puts that entry first                       ${pct(c('idOk'), c('idChecks'))}  (${c('idChecks')} queries)`,
    `  traditional query = its simplified form's results    ${pct(c('tradAgree'), tradScored.length)}  (simplifiedFrom set ${pct(c('tradMarked'), tradScored.length)})`,
    `  deep links whose text fragment brings the words on screen ${pct(c('linkLanded'), c('linkChecked'))}  (${c('linkChecked')} links to words below the fold)`,
    `  latency: first search ${timed[0]?.ms.toFixed(0)} ms; then median ${median(warm).toFixed(1)} ms, p95 ${quantile(warm, 0.95).toFixed(1)} ms`,
    `  first search bytes (${firsts.length} fresh browsers): gzip median ${kb(median(gz))}, max ${kb(Math.max(...gz))}; raw median ${kb(median(raw))}, max ${kb(Math.max(...raw))}`,
    `    by query length (chars): ${byLength.join('; ')}`,
    `    largest: "${worst.q}" ${worst.requests} requests, ${Object.entries(worst.parts)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
    `    engine module ${kb(gzipBytes(engineJs))} gzip (${kb(Buffer.byteLength(engineJs))} raw)`,
    ...Object.entries(examples).map(([k, v]) => `  e.g. ${k}: ${v.join(' | ')}`),
  ];
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
  if (tmp && !args.keep) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`kept ${tmp}`);
}
