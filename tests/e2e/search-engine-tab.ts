// The search engine (src/client/search-engine.ts) in a blank page of the site's origin,
// for tests/e2e/search-engine.test.ts and the recall sweep (tests/sweep/search-recall.test.ts).
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './harness.ts';
import type { Hit, SearchEngine, SearchResponse } from '../../src/client/search-engine.ts';
import { holding, type PageText } from './search-truth.ts';

/** A hit as the engine returns it, with its URL's path. */
export type TestHit = Hit & { path: string };
/** The engine's response without more(), which cannot leave the page. */
export type TestResponse = Omit<SearchResponse, 'exact' | 'related' | 'more'> & {
  exact: TestHit[];
  related: TestHit[];
};

/** The engine module as the tests load it (unminified). */
export async function buildEngine(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/client/search-engine.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** A new tab on `siteUrl`/__test/: a blank page that loads the engine module and nothing else. */
export async function openEngineTab(
  browser: Browser,
  siteUrl: string,
  engineJs: string,
): Promise<Page> {
  const p = await browser.newPage();
  await p.route('**/__test/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__test/engine.js')
      return route.fulfill({ contentType: 'text/javascript', body: engineJs });
    // The page loads the engine module only; the engine itself must load nothing yet.
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title><script type="module">import { createSearchEngine } from "/__test/engine.js"; window.createSearchEngine = createSearchEngine;</script></head><body><div id="out"></div></body></html>',
    });
  });
  await p.goto(siteUrl + '/__test/');
  await p.waitForFunction(() => 'createSearchEngine' in window);
  return p;
}

/** One search in an engine tab, every hit resolved unless `limit` says otherwise. */
export async function search(
  page: Page,
  query: string,
  filters?: { kind?: string[]; tier?: string[] },
  limit = 1e9,
): Promise<TestResponse> {
  return page.evaluate(
    async ({ query, filters, limit }) => {
      const w = window as unknown as {
        engine?: SearchEngine;
        createSearchEngine: (base: string) => SearchEngine;
      };
      w.engine ??= w.createSearchEngine('/');
      const r = await w.engine.search(query, filters, { limit });
      const withPath = (h: Hit) => ({ ...h, path: new URL(h.url, location.href).pathname });
      return {
        normalised: r.normalised,
        simplifiedFrom: r.simplifiedFrom,
        exact: r.exact.map(withPath),
        related: r.related.map(withPath),
        counts: r.counts,
        total: r.total,
      };
    },
    { query, filters, limit },
  );
}

export const paths = (hits: TestHit[]) => hits.map((h) => h.path);

/**
 * `count` random substrings (1–6 characters of letters and digits) of the pages' own text,
 * the same for the same seed: the queries a reader might type after reading a page.
 */
export function randomQueries(pages: PageText[], count: number, seed: number): string[] {
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const queries: string[] = [];
  while (queries.length < count) {
    const p = pages[Math.floor(rand() * pages.length)];
    const line = [...p.lines[Math.floor(rand() * p.lines.length)]];
    const len = 1 + Math.floor(rand() * 6);
    const start = Math.floor(rand() * Math.max(1, line.length - len));
    const q = line.slice(start, start + len).join('');
    if (q && /^[\p{L}\p{N}]+$/u.test(q)) queries.push(q);
  }
  return queries;
}

/**
 * Searches each query and returns one line per way it failed: the exact matches are not
 * exactly the pages whose own text holds it, the total disagrees with the list, or a page
 * holding it is shown only among the partial matches.
 */
export async function recallProblems(
  page: Page,
  pages: PageText[],
  queries: string[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const q of queries) {
    const r = await search(page, q);
    const expected = holding(pages, q);
    const found = new Set(paths(r.exact));
    const missed = [...expected].filter((u) => !found.has(u));
    const extra = [...found].filter((u) => !expected.has(u));
    if (missed.length || extra.length)
      problems.push(
        `${q}: missed ${missed.join(' ') || '–'}; not holding it ${extra.join(' ') || '–'}`,
      );
    if (r.total.exact !== r.exact.length)
      problems.push(`${q}: total.exact ${r.total.exact}, listed ${r.exact.length}`);
    const partial = r.related.filter((h) => expected.has(h.path)).map((h) => h.path);
    if (partial.length)
      problems.push(`${q}: holding pages among the partial matches: ${partial.join(' ')}`);
  }
  return problems;
}
