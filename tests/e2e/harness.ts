// Serves dist/ and drives Debian's Chromium with playwright-core, through the
// shared helpers in scripts/lib/static-site.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveDir } from '../../scripts/lib/static-site.ts';
import { listPages } from '../../scripts/lib/dist-pages.ts';

export { launchChromium };

/** The project root, and the built site the tests read (DIST_DIR, relative to the root, overrides dist/). */
export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');
/** The `_headers` file a host would apply: the built copy, else the source. */
export const HEADERS_FILE = existsSync(join(DIST, '_headers'))
  ? join(DIST, '_headers')
  : join(ROOT, 'public/_headers');

/** Every built page except redirects, read once per test file. */
export const PAGES = existsSync(DIST) ? listPages(DIST).filter((p) => p.type !== 'redirect') : [];

const path404 = (p: { url: string; type: string }) => (p.type === '404' ? '/no-such-page/' : p.url);

/**
 * One page of every page type (the first of its type; an unknown URL for the 404
 * page), and the search page with a query.
 */
export const ONE_PER_TYPE: Array<{ path: string; type: string }> = [
  ...PAGES.filter((p, i) => PAGES.findIndex((q) => q.type === p.type) === i).map((p) => ({
    path: path404(p),
    type: p.type,
  })),
  { path: '/search/?q=镇江', type: 'search with a query' },
];

/** ONE_PER_TYPE plus every collection's list page. */
export const SAMPLE_PATHS = [
  ...ONE_PER_TYPE,
  ...PAGES.filter((p) => p.type === 'list' && !ONE_PER_TYPE.some((o) => o.path === p.url)).map(
    (p) => ({ path: p.url, type: p.type }),
  ),
];

/** Every page, and the search page with a query. */
export const ALL_PATHS = [...PAGES.map(path404), '/search/?q=镇江'];

/**
 * Registers hooks that serve dist/ (with the headers of `_headers`, as a host
 * would send them) and launch one Chromium for the test file, closing both
 * afterwards. Read `browser` and `url` inside tests, not at import.
 */
export function useSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      serveDir(DIST, { headersFile: HEADERS_FILE }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}

/** Waits until the search page shows results or says it found none (at most 15 s, then returns). */
export async function waitForSearchResults(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document.querySelectorAll('#search-results li').length > 0 ||
        /共找到|没有|未找到/.test(document.querySelector('#search-status')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    )
    .catch(() => {});
}
