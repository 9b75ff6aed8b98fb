#!/usr/bin/env node
// @ts-nocheck -- converted from untyped .mjs; typed when the bench is rewritten to its line budget.
// Measures the site search (src/client/search-engine.ts) in headless Chromium against a
// built site. Queries come from the site's own text: every title, ID and alias, a few
// hundred random 1–6 character substrings, and the traditional form (OpenCC s→t) of each.
// The truth for a query is the set of pages whose rendered text (main[data-pagefind-body]
// without what Pagefind leaves out) contains it, ignoring whitespace, width and case.
// Prints figures; never fails on thresholds.
//
//   node scripts/bench-search.ts [--site dist] [--queries 300] [--seed 1] [--synthetic N] [--json]
//
// --synthetic N copies the site to a temporary folder, adds N generated Chinese pages in
// the same HTML shape, indexes the copy with scripts/lib/search-index.ts and measures that.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as OpenCC from 'opencc-js';
import { buildSearchIndex, pageUrl, siteFiles } from './lib/search-index.ts';
import { launchChromium, serveDir } from './lib/static-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    queries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    synthetic: { type: 'string', default: '0' },
    'byte-samples': { type: 'string', default: '16' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

// ---------- small helpers ----------
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const random = rng(Number(args.seed));
const pick = (arr) => arr[Math.floor(random() * arr.length)];
// Compared ignoring width, case and diacritics (as Pagefind matches words); whitespace is dropped.
const fold = (s) =>
  s
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?![\u3099\u309a])\p{M}/gu, '')
    .normalize('NFC');
const squash = (s) => fold(s).replace(/[\s\p{Cc}\p{Cf}]/gu, '');
const needleOf = (q) => [...squash(q)].slice(0, 64).join('');
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const log = (...m) => {
  if (!args.json) console.log(...m);
};

const htmlFiles = (siteDir) => siteFiles(siteDir).filter((f) => f.endsWith('.html'));

// ---------- synthetic pages ----------
function markov(texts) {
  const next = new Map();
  const starts = [];
  for (const t of texts) {
    const chars = [...t.replace(/\s+/g, '')];
    if (chars.length > 1) starts.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) {
      if (!next.has(chars[i])) next.set(chars[i], []);
      next.get(chars[i]).push(chars[i + 1]);
    }
  }
  return (min, max) => {
    const n = min + Math.floor(random() * (max - min));
    let c = pick(starts);
    let out = c;
    while ([...out].length < n) {
      const options = next.get(c);
      c = options ? pick(options) : pick(starts);
      out += c;
    }
    return out;
  };
}

function addSyntheticPages(siteDir, n) {
  const files = htmlFiles(siteDir);
  const withEntry = files
    .map((f) => readFileSync(f, 'utf8'))
    .filter((h) => /data-entry-id=/.test(h) && /data-pagefind-body/.test(h));
  const template = withEntry[0];
  if (!template) throw new Error('no entry page to copy the HTML shape from');
  const texts = [];
  const kinds = new Set();
  for (const h of withEntry) {
    const main = h.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? '';
    for (const m of main.matchAll(/<p[^>]*>([^<]{8,})<\/p>/g)) texts.push(m[1]);
    for (const m of main.matchAll(/data-pagefind-filter="kind"[^>]*>([^<]+)</g))
      kinds.add(m[1].trim());
  }
  const gen = markov(texts);
  const kindList = [...kinds];
  const tiers = ['新兴', '未来', '传统'];
  const [before, after] = template.split(/<main[\s\S]*?<\/main>/);
  for (let i = 1; i <= n; i++) {
    const id = `SY${String(i).padStart(4, '0')}`;
    const kind = pick(kindList.length ? kindList : ['术语']);
    const tier = random() < 0.3 ? pick(tiers) : undefined;
    const title = gen(4, 14);
    const aliases = Array.from({ length: Math.floor(random() * 3) }, () => gen(2, 6));
    let sections = '';
    const nSections = 2 + Math.floor(random() * 5);
    for (let s = 1; s <= nSections; s++) {
      let paras = '';
      const nParas = 1 + Math.floor(random() * 4);
      for (let p = 0; p < nParas; p++) paras += `<p>${gen(30, 160)}</p>`;
      sections += `<section aria-labelledby="s${s}-h"><h2 id="s${s}-h">${gen(3, 9)}</h2>${paras}</section>`;
    }
    const main = `<main id="main" class="flex-1 w-full max-w-5xl mx-auto px-4 py-6" data-pagefind-body><article data-entry-id="${id}" data-entry-kind="synthetic" data-pagefind-meta="id:${id}"${tier ? ` data-pagefind-filter="tier:${tier}"` : ''}><p class="text-sm"><span class="id-badge">${id}</span> <span class="muted" data-pagefind-filter="kind">${kind}</span></p><h1 class="mt-1">${title}</h1>${aliases.length ? `<p class="text-sm muted mt-1">又称：${aliases.join('、')}</p>` : ''}${sections}</article></main>`;
    const dir = join(siteDir, 'synthetic', id.toLowerCase());
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), before + main + after);
  }
}

// Page text as rendered: the indexed region minus what Pagefind leaves out; one line per rendered line
// (table cells, separated by tabs in innerText, count as lines of their own).
const READ_TEXT = () => {
  const main = document.querySelector('main[data-pagefind-body]');
  if (!main) return null;
  // Everything the reader sees in the region, template furniture included (links lists, diagrams).
  const withFurniture = main.innerText;
  const style = document.createElement('style');
  style.textContent =
    'main [data-pagefind-ignore], main nav, main footer, main form, main label, main script, main style, main noscript, main template, main svg, main iframe, main button, main [hidden] { display: none !important; }';
  document.head.append(style);
  // Collapsed <details> content is page text too (find-in-page and text fragments open them).
  for (const d of main.querySelectorAll('details')) d.open = true;
  const entry = main.querySelector('[data-entry-id]');
  const aliasLine = [...main.querySelectorAll('p')]
    .map((p) => p.textContent.trim())
    .find((t) => /^又称[：:]/.test(t));
  return {
    text: main.innerText,
    withFurniture,
    title: main.querySelector('h1')?.innerText.trim() ?? '',
    id: entry?.getAttribute('data-entry-id') ?? '',
    aliases: aliasLine
      ? aliasLine
          .replace(/^又称[：:]/, '')
          .split(/[、，,；;]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  };
};

async function main() {
  let siteDir = resolve(ROOT, args.site);
  if (!existsSync(join(siteDir, 'pagefind', 'pagefind.js')))
    throw new Error(`${siteDir} has no Pagefind bundle: run npm run build first`);
  let tmp;
  const synthetic = Number(args.synthetic);
  if (synthetic > 0) {
    tmp = mkdtempSync(join(tmpdir(), 'bench-search-'));
    const copy = join(tmp, 'site');
    cpSync(siteDir, copy, { recursive: true });
    rmSync(join(copy, 'pagefind'), { recursive: true, force: true });
    addSyntheticPages(copy, synthetic);
    const t0 = Date.now();
    const { pages } = await buildSearchIndex(copy);
    log(
      `indexed ${pages} pages (${synthetic} synthetic) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    siteDir = copy;
  }

  const bundle = await build({
    entryPoints: [join(ROOT, 'src/client/search-engine.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  const engineJs = bundle.outputFiles[0].text;
  const extra = {
    '/__bench/': {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
    },
    '/__bench/engine.js': { type: 'text/javascript', body: engineJs },
  };
  const server = await serveDir(siteDir, { routes: extra });
  const browser = await launchChromium();
  try {
    // ----- truth: rendered text of every indexed page -----
    const files = htmlFiles(siteDir).filter((f) =>
      /data-pagefind-body/.test(readFileSync(f, 'utf8')),
    );
    const pages = [];
    const ctx = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true }); // READ_TEXT injects a <style> the CSP would refuse
    await ctx.route('**/*', (route) =>
      /\.(png|jpe?g|gif|webp|woff2?)$/.test(route.request().url())
        ? route.abort()
        : route.continue(),
    );
    const queue = [...files];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const tab = await ctx.newPage();
        while (queue.length) {
          const file = queue.shift();
          const url = pageUrl(siteDir, file);
          await tab.goto(server.url + url, { waitUntil: 'domcontentloaded' });
          const r = await tab.evaluate(READ_TEXT);
          const linesOf = (text) =>
            text
              .split(/[\n\t]/)
              .map((l) => fold(l).replace(/\s+/g, ''))
              .filter(Boolean);
          if (r)
            pages.push({ url, ...r, lines: linesOf(r.text), allLines: linesOf(r.withFurniture) });
        }
        await tab.close();
      }),
    );
    await ctx.close();
    pages.sort((a, b) => a.url.localeCompare(b.url));
    const truthFor = (needle) =>
      new Set(pages.filter((p) => p.lines.some((l) => l.includes(needle))).map((p) => p.url));
    // Pages that hold the query only in template furniture (link lists, diagrams, breadcrumbs).
    const furnitureOnlyFor = (needle, truth) =>
      new Set(
        pages
          .filter((p) => !truth.has(p.url) && p.allLines.some((l) => l.includes(needle)))
          .map((p) => p.url),
      );

    // ----- queries -----
    const queries = new Map(); // text → kind
    const add = (q, kind) => {
      if (q && !queries.has(q) && needleOf(q)) queries.set(q, kind);
    };
    // On a large site, titles, IDs and aliases of a sample of pages.
    const named = pages.length > 300 ? [...pages].sort(() => random() - 0.5).slice(0, 300) : pages;
    for (const p of named) {
      add(p.title, 'title');
      if (p.id) {
        add(p.id, 'id');
        add(p.id.toLowerCase(), 'id');
      }
      for (const a of p.aliases) add(a, 'alias');
    }
    const wanted = Number(args.queries);
    const weighted = pages.filter((p) => p.lines.length);
    for (let tries = 0, n = 0; n < wanted && tries < wanted * 50; tries++) {
      const page = pick(weighted);
      const line = [...pick(page.lines)];
      const len = 1 + Math.floor(random() * 6);
      if (line.length < len) continue;
      const start = Math.floor(random() * (line.length - len + 1));
      const q = line.slice(start, start + len).join('');
      if (!/^[\p{L}\p{N}]+$/u.test(q) || queries.has(q)) continue;
      add(q, 'substring');
      n++;
    }
    const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const traditional = [];
    for (const [q] of queries) {
      const t = s2t(q);
      if (t !== q && /\p{Script=Han}/u.test(q)) traditional.push([t, q]);
    }

    // ----- run -----
    const page = await browser.newPage();
    await page.goto(server.url + '/__bench/');
    // full: every exact hit and the first RELATED related ones are resolved (all of them would
    // cost a fragment per page holding the characters, thousands on a large site).
    const RELATED = 30;
    const run = (list, full) =>
      page.evaluate(
        async ({ list, full, RELATED }) => {
          const { createSearchEngine } = await import('/__bench/engine.js');
          window.__engine ??= createSearchEngine('/');
          const out = [];
          for (const q of list) {
            const t0 = performance.now();
            const r = await window.__engine.search(q);
            const ms = performance.now() - t0;
            let exact = r.exact,
              related = r.related;
            if (full) {
              const want =
                r.total.exact + Math.min(RELATED, r.total.related) - exact.length - related.length;
              if (want > 0) {
                const m = await r.more(want);
                exact = [...exact, ...m.exact];
                related = [...related, ...m.related];
              }
            }
            const path = (u) => new URL(u, location.href).pathname;
            out.push({
              q,
              ms,
              normalised: r.normalised,
              simplifiedFrom: r.simplifiedFrom,
              total: r.total,
              exact: exact.map((h) => ({
                url: path(h.url),
                title: h.title,
                id: h.id ?? '',
                match: h.match,
                href: h.url,
              })),
              related: related.map((h) => ({ url: path(h.url), title: h.title, id: h.id ?? '' })),
            });
          }
          return out;
        },
        { list, full, RELATED },
      );

    const queryList = [...queries.keys()];
    const timed = await run(queryList, false); // default limit, as the UI would
    const full = await run(queryList, true);
    const tradFull = await run(
      traditional.map(([t]) => t),
      true,
    );

    // ----- figures -----
    let truthTotal = 0,
      foundAny = 0,
      foundExact = 0,
      exactReturned = 0,
      exactTrue = 0,
      fullRecallQueries = 0,
      orderedQueries = 0,
      furnitureQueries = 0,
      ownAboveFurniture = 0,
      topSixChecks = 0,
      furnitureInTopSix = 0;
    let titleChecks = 0,
      titleOk = 0,
      idChecks = 0,
      idOk = 0;
    const misses = [],
      disorder = [],
      falseExact = [],
      titleFail = [],
      idFail = [],
      furnitureAbove = [];
    for (const r of full) {
      const needle = needleOf(r.q);
      const truth = truthFor(needle);
      const order = [...r.exact, ...r.related].map((h) => h.url);
      const exactSet = new Set(r.exact.map((h) => h.url));
      const all = new Set(order);
      truthTotal += truth.size;
      let missed = 0;
      for (const u of truth) {
        if (all.has(u)) foundAny++;
        else missed++;
        if (exactSet.has(u)) foundExact++;
      }
      // Own-text pages above every furniture-only page; none of the latter in the first 6 when 6 own-text pages exist.
      const furniture = furnitureOnlyFor(needle, truth);
      if (furniture.size) {
        furnitureQueries++;
        const firstFurniture = order.findIndex((u) => furniture.has(u));
        const lastOwn = Math.max(-1, ...order.map((u, i) => (truth.has(u) ? i : -1)));
        if (firstFurniture < 0 || lastOwn < firstFurniture) ownAboveFurniture++;
        else furnitureAbove.push(`${r.q}: ${order[firstFurniture]}`);
      }
      if (truth.size >= 6) {
        topSixChecks++;
        furnitureInTopSix += order.slice(0, 6).filter((u) => furniture.has(u)).length;
      }
      if (!missed) fullRecallQueries++;
      else
        misses.push(
          `${r.q}: ${[...truth]
            .filter((u) => !all.has(u))
            .slice(0, 3)
            .join(' ')}`,
        );
      exactReturned += exactSet.size;
      for (const u of exactSet)
        if (truth.has(u)) exactTrue++;
        else falseExact.push(`${r.q}: ${u}`);
      // Every page holding the query ranks above every page that does not (among resolved hits).
      const lastTrue = Math.max(-1, ...order.map((u, i) => (truth.has(u) ? i : -1)));
      const firstFalse = order.findIndex((u) => !truth.has(u));
      if (firstFalse < 0 || lastTrue < firstFalse) orderedQueries++;
      else disorder.push(r.q);
      // Among exact matches, pages whose title (or ID) holds the query come first.
      const titled = (h) =>
        squash(h.title).includes(needle) || (h.id && squash(h.id).includes(needle));
      if (r.exact.some(titled)) {
        titleChecks++;
        const flags = r.exact.map(titled);
        if (flags.indexOf(false) < 0 || flags.lastIndexOf(true) < flags.indexOf(false)) titleOk++;
        else {
          const bad = flags.indexOf(false);
          const late = r.exact.find((h, i) => i > bad && flags[i]);
          titleFail.push(
            `${r.q}: ${r.exact[bad].url}(${r.exact[bad].match}) before ${late.url}(${late.match}, "${late.title}")`,
          );
        }
      }
      if (queries.get(r.q) === 'id') {
        idChecks++;
        if (r.exact[0] && r.exact[0].id.toLowerCase() === needle) idOk++;
        else
          idFail.push(
            `${r.q}: ${r.exact
              .slice(0, 3)
              .map((h) => `${h.url}(${h.id},${h.match})`)
              .join(' ')}`,
          );
      }
    }
    const fullByQ = new Map(full.map((r) => [r.q, r]));
    let tradAgree = 0,
      tradMarked = 0;
    const tradDiff = [];
    tradFull.forEach((r, i) => {
      const s = fullByQ.get(traditional[i][1]);
      const a = [...r.exact, ...r.related].map((h) => h.url).join(' ');
      const b = [...s.exact, ...s.related].map((h) => h.url).join(' ');
      if (a === b) tradAgree++;
      else tradDiff.push(`${r.q}→${r.normalised} vs ${s.q}`);
      if (r.simplifiedFrom !== undefined) tradMarked++;
    });
    const warm = timed.slice(1).map((r) => r.ms);

    // ----- deep links: does the text fragment bring the words on screen? -----
    // Only links whose words are below the fold when the page opens without the fragment count.
    const HOLDER_VISIBLE = (q) => {
      const squash = (s) => s.replace(/\s+/g, '').toLowerCase();
      const holders = [...document.querySelectorAll('main *')].filter(
        (el) =>
          squash(el.innerText ?? '').includes(q) &&
          ![...el.children].some((c) => squash(c.innerText ?? '').includes(q)),
      );
      return holders.some((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
    };
    let linkChecked = 0,
      linkLanded = 0;
    const linkFails = [];
    const linkTab = await browser.newPage();
    for (const r of full.filter(
      (x) => queries.get(x.q) === 'substring' && /^[\p{Script=Han}]{2,}$/u.test(x.q),
    )) {
      if (linkChecked >= 40) break;
      const hit = r.exact.find((h) => h.href.includes(':~:text='));
      if (!hit) continue;
      await linkTab.goto(server.url + hit.url, { waitUntil: 'load' });
      if (await linkTab.evaluate(HOLDER_VISIBLE, needleOf(r.q))) continue;
      await linkTab.goto('about:blank');
      await linkTab.goto(server.url + hit.href, { waitUntil: 'load' });
      await linkTab.waitForTimeout(150);
      linkChecked++;
      if (await linkTab.evaluate(HOLDER_VISIBLE, needleOf(r.q))) linkLanded++;
      else linkFails.push(decodeURIComponent(hit.href));
    }
    await linkTab.close();

    // ----- bytes of a first search -----
    const sampleQueries = [];
    const byKind = (k) => queryList.filter((q) => queries.get(q) === k);
    const sources = [
      byKind('substring'),
      byKind('title'),
      byKind('id'),
      byKind('alias'),
      traditional.map(([t]) => t),
    ];
    for (let i = 0; sampleQueries.length < Number(args['byte-samples']) && i < 1000; i++) {
      const src = sources[i % sources.length];
      if (src.length) sampleQueries.push(pick(src));
    }
    const sizes = (path) => {
      if (extra[path]) {
        const b = Buffer.from(extra[path].body);
        return [b.length, gzipSync(b).length];
      }
      const file = join(siteDir, path);
      if (!existsSync(file) || statSync(file).isDirectory()) return [0, 0];
      const b = readFileSync(file);
      const gz = gzipSync(b).length;
      return [b.length, Math.min(b.length, gz)];
    };
    const firstSearches = [];
    for (const q of sampleQueries) {
      const c = await browser.newContext();
      const tab = await c.newPage();
      await tab.goto(server.url + '/__bench/');
      const fetched = [];
      tab.on('request', (req) => fetched.push(new URL(req.url()).pathname));
      const ms = await tab.evaluate(async (q) => {
        const t0 = performance.now();
        const { createSearchEngine } = await import('/__bench/engine.js');
        await createSearchEngine('/').search(q);
        return performance.now() - t0;
      }, q);
      let raw = 0,
        gz = 0;
      const parts = {};
      for (const path of fetched) {
        const [r, g] = sizes(path);
        raw += r;
        gz += g;
        const part =
          path === '/__bench/engine.js'
            ? 'engine'
            : path.includes('/fragment/')
              ? 'fragments'
              : path.includes('/index/')
                ? 'index'
                : path.includes('/filter/')
                  ? 'filters'
                  : path.endsWith('.pagefind')
                    ? 'wasm'
                    : path.endsWith('pagefind.js')
                      ? 'pagefind.js'
                      : 'meta';
        parts[part] = (parts[part] ?? 0) + g;
      }
      firstSearches.push({ q, ms, raw, gz, requests: fetched.length, parts });
      await c.close();
    }
    const gzs = firstSearches.map((f) => f.gz);
    const buckets = {};
    for (const f of firstSearches) {
      const n = [...needleOf(f.q)].length;
      const b = n <= 2 ? '1-2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : '9+';
      (buckets[b] ??= []).push(f.gz);
    }
    const byLength = Object.fromEntries(
      Object.entries(buckets)
        .sort()
        .map(([k, v]) => [k, { n: v.length, median: quantile(v, 0.5), max: Math.max(...v) }]),
    );
    const worst = firstSearches.reduce((a, b) => (b.gz > a.gz ? b : a), firstSearches[0]);

    const figures = {
      site: synthetic ? `${args.site} + ${synthetic} synthetic pages` : args.site,
      pages: pages.length,
      queries: {
        total: queryList.length,
        titles: byKind('title').length,
        ids: byKind('id').length,
        aliases: byKind('alias').length,
        substrings: byKind('substring').length,
        traditional: traditional.length,
      },
      recall: {
        returned: foundAny / truthTotal,
        asExact: foundExact / truthTotal,
        pagesExpected: truthTotal,
        queriesWithFullRecall: fullRecallQueries / full.length,
      },
      exactPrecision: exactReturned ? exactTrue / exactReturned : 1,
      exactAbovePartial: orderedQueries / full.length,
      ownTextAboveFurnitureOnly: furnitureQueries ? ownAboveFurniture / furnitureQueries : 1,
      furnitureOnlyInFirstSix: { pages: furnitureInTopSix, queries: topSixChecks },
      titleOrIdFirstAmongExact: titleChecks ? titleOk / titleChecks : 1,
      idQueryFirst: idChecks ? idOk / idChecks : 1,
      traditionalAgreement: traditional.length ? tradAgree / traditional.length : 1,
      traditionalMarked: traditional.length ? tradMarked / traditional.length : 1,
      deepLinksLanding: linkChecked ? linkLanded / linkChecked : 1,
      latencyMs: {
        firstSearch: timed[0]?.ms,
        median: quantile(warm, 0.5),
        p95: quantile(warm, 0.95),
      },
      firstSearchBytes: {
        byQueryLength: byLength,
        samples: firstSearches.length,
        medianGzip: quantile(gzs, 0.5),
        maxGzip: Math.max(...gzs),
        medianRaw: quantile(
          firstSearches.map((f) => f.raw),
          0.5,
        ),
        maxRaw: Math.max(...firstSearches.map((f) => f.raw)),
        worst,
      },
      engineBytes: { raw: Buffer.byteLength(engineJs), gzip: gzipSync(engineJs).length },
      examples: {
        misses: misses.slice(0, 5),
        falseExact: falseExact.slice(0, 5),
        disorder: disorder.slice(0, 5),
        furnitureAboveOwnText: furnitureAbove.slice(0, 5),
        titleNotFirst: titleFail.slice(0, 5),
        idNotFirst: idFail.slice(0, 5),
        deepLinkMissed: linkFails.slice(0, 5),
        traditionalDiffers: tradDiff.slice(0, 5),
      },
    };
    if (args.json) {
      console.log(JSON.stringify(figures, null, 2));
      return;
    }
    log(
      `\nSearch bench — ${figures.site}: ${figures.pages} pages, ${figures.queries.total} queries (${figures.queries.titles} titles, ${figures.queries.ids} IDs, ${figures.queries.aliases} aliases, ${figures.queries.substrings} substrings) + ${figures.queries.traditional} traditional`,
    );
    log(
      `  recall (pages holding the query that are returned)   ${pct(foundAny, truthTotal)}  (${foundAny}/${truthTotal}; as exact matches ${pct(foundExact, truthTotal)}; queries with every page found ${pct(fullRecallQueries, full.length)})`,
    );
    log(
      `  exact matches that really hold the query              ${pct(exactTrue, exactReturned)}  (${exactTrue}/${exactReturned})`,
    );
    log(
      `  queries with every exact match above every partial   ${pct(orderedQueries, full.length)}`,
    );
    log(
      `  queries with every own-text page above every furniture-only page ${pct(ownAboveFurniture, furnitureQueries)}  (${furnitureQueries} queries have furniture-only pages)`,
    );
    log(
      `  furniture-only pages among the first 6 results       ${furnitureInTopSix}  (over ${topSixChecks} queries with ≥ 6 own-text pages)`,
    );
    log(
      `  title/ID matches first among exact matches           ${pct(titleOk, titleChecks)}  (${titleChecks} queries)`,
    );
    log(
      `  ID query puts that entry first                       ${pct(idOk, idChecks)}  (${idChecks} queries)`,
    );
    log(
      `  traditional query = its simplified form's results    ${pct(tradAgree, traditional.length)}  (simplifiedFrom set ${pct(tradMarked, traditional.length)})`,
    );
    log(
      `  deep links whose text fragment brings the words on screen ${pct(linkLanded, linkChecked)}  (${linkChecked} links to words below the fold)`,
    );
    log(
      `  latency: first search ${figures.latencyMs.firstSearch?.toFixed(0)} ms; then median ${figures.latencyMs.median.toFixed(1)} ms, p95 ${figures.latencyMs.p95.toFixed(1)} ms`,
    );
    log(
      `  first search bytes (${firstSearches.length} fresh browsers): gzip median ${kb(figures.firstSearchBytes.medianGzip)}, max ${kb(figures.firstSearchBytes.maxGzip)}; raw median ${kb(figures.firstSearchBytes.medianRaw)}, max ${kb(figures.firstSearchBytes.maxRaw)}`,
    );
    log(
      `    by query length (chars): ${Object.entries(byLength)
        .map(([k, v]) => `${k}: median ${kb(v.median)}, max ${kb(v.max)} (n=${v.n})`)
        .join('; ')}`,
    );
    log(
      `    largest: "${worst.q}" ${worst.requests} requests, ${Object.entries(worst.parts)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')}`,
    );
    log(
      `    engine module ${kb(figures.engineBytes.gzip)} gzip (${kb(figures.engineBytes.raw)} raw)`,
    );
    for (const [k, v] of Object.entries(figures.examples))
      if (v.length) log(`  e.g. ${k}: ${v.join(' | ')}`);
  } finally {
    await browser.close();
    await server.close();
    if (tmp && !args.keep) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) log(`kept ${tmp}`);
  }
}

await main();
