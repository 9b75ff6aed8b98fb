// Accessibility: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds no
// violation on any page, in the light and the dark colour scheme; and a
// keyboard-only reader can skip to the content and open an industry page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, launchChromium, serveDist } from './harness.ts';
import { listPages } from '../../scripts/lib/bench-weight.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Rules left out of the run, each with the reason. Empty: every rule of the
 * tags above applies. Add `'rule-id', // why` only for a rule that cannot apply
 * to this site, never to silence a real problem.
 */
const EXCLUDED_RULES: string[] = [];
const SCHEMES = ['light', 'dark'] as const;
/** Pages checked at once; two keeps both cores busy without starving the server. */
const WORKERS = Number(process.env.A11Y_WORKERS ?? 2);

/** The pages to check: every URL in dist/sitemap-*.xml if there is a sitemap, plus the pages it leaves out (404, search, noindex pages); else every HTML page. */
function pageUrls(): { urls: string[]; fromSitemap: number } {
  const sitemaps = existsSync(DIST)
    ? readdirSync(DIST).filter((f) => /^sitemap-.*\.xml$/.test(f) && f !== 'sitemap-index.xml')
    : [];
  const fromSitemap = new Set<string>();
  for (const f of sitemaps) {
    for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g))
      fromSitemap.add(new URL(m[1].trim()).pathname);
  }
  const html = listPages(DIST)
    .filter((p) => p.type !== 'redirect')
    .map((p) => (p.url === '/404' ? '/404.html' : p.url));
  const urls = new Set<string>(
    fromSitemap.size ? [...fromSitemap, ...html.filter((u) => !fromSitemap.has(u))] : html,
  );
  // The search page with results shown, which the static HTML does not contain.
  urls.add('/search/?q=镇江');
  return { urls: [...urls].sort(), fromSitemap: fromSitemap.size };
}
const { urls: URLS, fromSitemap } = pageUrls();

type Found = {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
};
const results = new Map<string, Found[] | Error>();

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

async function check(page: Page, url: string): Promise<Found[]> {
  await page.goto(server.url + encodeURI(url));
  if (url.startsWith('/search/?q=')) {
    await page
      .waitForFunction(
        () =>
          document.querySelectorAll('#search-results li').length > 0 ||
          /共找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      )
      .catch(() => {});
  }
  let builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] });
  if (EXCLUDED_RULES.length) builder = builder.disableRules(EXCLUDED_RULES);
  const r = await builder.analyze();
  return r.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '),
      html: n.html.slice(0, 200),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
    })),
  }));
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  // Runs every (scheme, page) pair through a small pool of tabs up front; the tests below report them one by one.
  const jobs = SCHEMES.flatMap((scheme) => URLS.map((url) => ({ scheme, url })));
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const contexts = new Map(
        await Promise.all(
          SCHEMES.map(async (s) => [s, await browser.newContext({ colorScheme: s })] as const),
        ),
      );
      const tabs = new Map(
        await Promise.all(SCHEMES.map(async (s) => [s, await contexts.get(s)!.newPage()] as const)),
      );
      while (next < jobs.length) {
        const { scheme, url } = jobs[next++];
        try {
          results.set(`${scheme} ${url}`, await check(tabs.get(scheme)!, url));
        } catch (err) {
          results.set(`${scheme} ${url}`, err as Error);
        }
      }
      await Promise.all([...contexts.values()].map((c) => c.close()));
    }),
  );
}, 20 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`axe-core ${TAGS.join(', ')} (${URLS.length} pages, ${fromSitemap} from the sitemap)`, () => {
  for (const scheme of SCHEMES) {
    describe(`${scheme} colour scheme`, () => {
      for (const url of URLS) {
        it(`${url} has no violations`, () => {
          const r = results.get(`${scheme} ${url}`);
          if (r instanceof Error) throw r;
          const lines = (r ?? []).flatMap((v) =>
            v.nodes.map(
              (n) => `[${v.id}] (${v.impact}) ${v.help} — ${n.target} — ${n.html} — ${n.summary}`,
            ),
          );
          expect(lines, `${scheme} ${url}:\n${lines.join('\n')}`).toEqual([]);
          expect(r).toBeDefined();
        });
      }
    });
  }
});

describe('keyboard only', () => {
  /** The focused element, whether the browser shows it as focused, and whether a focus indicator is drawn. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none';
      return {
        tag: el.tagName.toLowerCase(),
        href: el.getAttribute('href'),
        text: (el.textContent ?? '').trim().slice(0, 40),
        inMain: !!el.closest('main'),
        focusVisible: el.matches(':focus-visible'),
        indicator: outline || shadow,
        onScreen:
          box.width > 1 &&
          box.height > 1 &&
          box.bottom > 0 &&
          box.right > 0 &&
          box.top < innerHeight &&
          box.left < innerWidth,
      };
    });

  it('skip link, then Tab to an industry tile and Enter opens that industry page, focus always visible', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + '/');

    // First Tab: the skip link, shown on screen with a focus indicator.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip?.href, 'first Tab stop should be the skip link').toBe('#main');
    expect(skip?.onScreen, 'skip link is visible when focused').toBe(true);
    expect(skip?.indicator && skip.focusVisible, 'skip link shows a focus indicator').toBe(true);

    // Enter: jumps to <main>; the next Tab stop is inside it, past the header and navigation.
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    const afterSkip = await focused(page);
    expect(
      afterSkip?.inMain,
      `after the skip link, Tab should land inside <main>, not on ${JSON.stringify(afterSkip)}`,
    ).toBe(true);

    // Tab on to the first industry tile; every stop on the way shows where focus is.
    let stop = afterSkip;
    const walked: string[] = [];
    for (let i = 0; i < 200 && !/^\/industries\/[eft]\d+\/$/.test(stop?.href ?? ''); i++) {
      expect(
        stop?.indicator && stop.focusVisible,
        `focus indicator missing on ${JSON.stringify(stop)}`,
      ).toBe(true);
      walked.push(stop?.href ?? stop?.tag ?? '?');
      await page.keyboard.press('Tab');
      stop = await focused(page);
    }
    expect(stop?.href, `no industry tile reached by Tab; walked ${walked.join(' ')}`).toMatch(
      /^\/industries\/[eft]\d+\/$/,
    );
    expect(
      stop?.indicator && stop.focusVisible && stop.onScreen,
      'the industry tile shows a focus indicator on screen',
    ).toBe(true);

    const target = stop!.href!;
    await Promise.all([
      page.waitForURL((u) => u.pathname === target),
      page.keyboard.press('Enter'),
    ]);
    const id = target.split('/')[2].toUpperCase();
    expect(await page.title()).toContain(id);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
