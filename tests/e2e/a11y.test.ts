// Accessibility: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA, and label-in-name,
// WCAG 2.5.3) finds no violation, in the light and the dark colour scheme, at
// desktop width and on a 360 px phone; and a keyboard-only reader can skip to the
// content and open an industry page. `npm test` checks one page of every page
// type; `npm run test:a11y` (A11Y_SWEEP=1) checks every page.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { ALL_PATHS, SAMPLE_PATHS, useSite, waitForSearchResults } from './harness.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Rules switched on besides the tags: label-in-name is experimental before
 * axe-core 4.14, so it is named explicitly to run with older versions too.
 */
const EXTRA_RULES = ['label-content-name-mismatch'];
const SCHEMES = ['light', 'dark'] as const;
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
type Viewport = keyof typeof VIEWPORTS;
/** Pages checked at once; two keeps both cores busy without starving the server. */
const WORKERS = Number(process.env.A11Y_WORKERS ?? 2);
const SWEEP = process.env.A11Y_SWEEP === '1';

const URLS = SWEEP ? ALL_PATHS : SAMPLE_PATHS.map((p) => p.path);
const VARIANTS = SCHEMES.flatMap((scheme) =>
  (Object.keys(VIEWPORTS) as Viewport[]).map((viewport) => ({ scheme, viewport })),
);

const site = useSite();
const results = new Map<string, string[] | Error>();

/** Axe's violations on one page, one line per element. */
async function check(page: Page, url: string): Promise<string[]> {
  await page.goto(site.url + encodeURI(url));
  if (url.startsWith('/search/?q=')) await waitForSearchResults(page);
  const rules = Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }]));
  const r = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], rules })
    .withTags(TAGS)
    .analyze();
  return r.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${v.id}] (${v.impact}) ${v.help} — ${n.target.join(' ')} — ${n.html.slice(0, 200)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`,
    ),
  );
}

beforeAll(async () => {
  // Runs every (variant, page) pair through a small pool of tabs up front; the tests below report them one by one.
  const jobs = VARIANTS.flatMap((variant) => URLS.map((url) => ({ ...variant, url })));
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const tabs = new Map<string, Page>();
      for (const { scheme, viewport } of VARIANTS) {
        const context = await site.browser.newContext({
          colorScheme: scheme,
          viewport: VIEWPORTS[viewport],
        });
        tabs.set(`${scheme} ${viewport}`, await context.newPage());
      }
      while (next < jobs.length) {
        const { scheme, viewport, url } = jobs[next++];
        const key = `${scheme} ${viewport} ${url}`;
        results.set(key, await check(tabs.get(`${scheme} ${viewport}`)!, url).catch((e) => e));
      }
      await Promise.all([...tabs.values()].map((t) => t.context().close()));
    }),
  );
}, 20 * 60_000);

describe(`axe-core ${TAGS.join(', ')} + ${EXTRA_RULES.join(', ')} (${URLS.length} pages)`, () => {
  for (const { scheme, viewport } of VARIANTS) {
    describe(`${scheme} colour scheme, ${viewport} (${VIEWPORTS[viewport].width} px)`, () => {
      for (const url of URLS) {
        it(`${url} has no violations`, () => {
          const r = results.get(`${scheme} ${viewport} ${url}`);
          if (r instanceof Error) throw r;
          expect(r, `${scheme} ${viewport} ${url}:\n${(r ?? []).join('\n')}`).toEqual([]);
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
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + '/');

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
