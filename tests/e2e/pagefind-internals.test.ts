// Checks, on a two-page index, each undocumented Pagefind behaviour the site search relies
// on (A1–A5 in scripts/lib/pagefind-internals.ts). A failure names the assumption that a
// Pagefind upgrade broke.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePagefindIndex } from '../../scripts/lib/pagefind-internals.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-site.ts';
import { MARK, ZWSP } from '../../src/lib/search/format.ts';
import { useSite } from './harness.ts';

const words = (...chars: string[]) => chars.join(ZWSP);
const html = (text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main data-pagefind-body><div data-pagefind-weight="1">${text}</div></main></body></html>`;
/** 储能 as a phrase at positions 1–2 and 4–5 of /a/; on /b/ a MARK stands between 储 and 能. */
const PAGES = [
  { url: '/a/', html: html(words('甲', '储', '能', '乙', '储', '能') + ' x') },
  { url: '/b/', html: html(words('储', MARK, '能', '丙')) },
];
// Loads pagefind.js through its module API (A5); page.evaluate cannot import (vitest rewrites it).
const TEST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script type="module">
import { createInstance } from '/pagefind/pagefind.js';
window.pf = createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true });
</script></head></html>`;

interface Found {
  url: string;
  words: number[];
  content: string;
}

interface PagefindLike {
  search(term: string): Promise<{
    results: Array<{ words: number[]; data(): Promise<{ url: string; content: string }> }>;
  }>;
}

let dir: string;
let server: StaticServer;
let tab: Page;
/** The shared Chromium of the run; this file serves its own two-page site. */
const site = useSite();

/** Runs a Pagefind query in the test page. */
const search = (term: string): Promise<Found[]> =>
  tab.evaluate(async (term) => {
    const pf = (window as unknown as { pf: PagefindLike }).pf;
    const { results } = await pf.search(term);
    const out = [];
    for (const r of results) {
      const data = await r.data();
      out.push({ url: data.url, words: r.words, content: data.content });
    }
    return out.sort((a, b) => a.url.localeCompare(b.url));
  }, term);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-internals-'));
  await writePagefindIndex(PAGES, join(dir, 'pagefind'), { includeCharacters: '' });
  writeFileSync(join(dir, '404.html'), '');
  server = await serveDir(dir, { routes: { '/t/': { type: 'text/html', body: TEST_PAGE } } });
  tab = await site.browser.newPage();
  await tab.goto(server.url + '/t/');
  await tab.waitForFunction(() => 'pf' in window);
}, 60_000);

afterAll(async () => {
  await tab?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Pagefind 1.6 behaviour the search relies on', () => {
  it('A1: characters joined by U+200B are one word each, MARK takes a position', async () => {
    const found = await search('能');
    expect(
      found.map((f) => [f.url, f.words]),
      'A1 word positions',
    ).toEqual([
      ['/a/', [2, 5]],
      ['/b/', [2]],
    ]);
  });

  it('A2: a quoted query matches adjacent words only and reports where each match starts', async () => {
    const found = await search('"储 能"');
    expect(
      found.map((f) => f.url),
      'A2 phrase adjacency',
    ).toEqual(['/a/']);
    expect(Math.min(...found[0].words), 'A2 phrase match position').toBe(1);
  });

  it('A3: PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE splits the word index into more chunks', async () => {
    const chunks = async (chunkSize?: number) => {
      const out = join(dir, `chunks-${chunkSize ?? 'default'}`);
      await writePagefindIndex(PAGES, out, { chunkSize, includeCharacters: '' });
      return readdirSync(join(out, 'index')).length;
    };
    const [byDefault, small] = [await chunks(), await chunks(1)];
    expect(small, 'A3 chunk size setting has no effect').toBeGreaterThan(byDefault);
  }, 30_000);

  it('A4: stored content loses U+200B and keeps MARK', async () => {
    const found = await search('丙');
    expect(found[0]?.content.startsWith(`储${MARK}能丙`), 'A4 stored text').toBe(true);
    const a = await search('甲');
    expect(a[0]?.content.includes(ZWSP), 'A4 U+200B left in content').toBe(false);
  });
});
