// What the browser tests share: the built pages by type, the server and Chromium
// started once per run by global-setup.ts, a tab a test file's tests share, a wait for
// search results, and a record of what a page copied.
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { listPages } from '../../scripts/lib/dist-pages.ts';
import { DIST } from './global-setup.ts';

export { DIST, HEADERS_FILE, ROOT } from './global-setup.ts';

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

/** Every page, and the search page with a query. */
export const ALL_PATHS = [...PAGES.map(path404), '/search/?q=镇江'];

/**
 * Connects the test file to the shared Chromium in a hook, and disconnects after
 * (closing the contexts it opened). Read `browser` and `url` inside tests, not at import.
 */
export function useSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return inject('siteUrl');
    },
  };
}

/**
 * One tab that a test file's tests share, one at a time, in a context from `newContext`
 * (a plain one by default); closed after the file. A new tab per test would start a renderer
 * process and load its fonts each time; a navigation costs far less.
 * Read `page` inside tests, not at import.
 */
export function useTab(
  site: { readonly browser: Browser },
  newContext: (browser: Browser) => Promise<BrowserContext> = (b) => b.newContext(),
): { readonly page: Page } {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await (await newContext(site.browser)).newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });
  return {
    get page() {
      return page!;
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

/**
 * A context whose pages copy as usual and also keep the last text they copied, for
 * copiedText(): the system clipboard is one for the whole browser, so test files
 * running side by side would read each other's copies from it.
 */
export async function newCopyingContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-write'], { origin: inject('siteUrl') });
  await context.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      await write(text);
      (window as unknown as { copied: string }).copied = text;
    };
  });
  return context;
}

/** The text the page last copied (see newCopyingContext), or '' if it copied nothing. */
export const copiedText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
