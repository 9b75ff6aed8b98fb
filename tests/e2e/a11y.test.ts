// Accessibility: axe-core (see axe.ts) finds no violation on one page of every
// page type, in the light scheme at desktop width and in the dark scheme on a
// 360 px phone, where the page must not scroll sideways either; and a keyboard-only
// reader can skip to the content and open an industry page. `npm run test:a11y`
// (tests/sweep/a11y.test.ts) checks every page in both schemes at both widths.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AXE_TAGS, checkPages, describeVariant, newVariantPage, type Variant } from './axe.ts';
import { ONE_PER_TYPE, useSite } from './harness.ts';

const site = useSite();
const VARIANTS: Variant[] = [
  { scheme: 'light', viewport: 'desktop' },
  { scheme: 'dark', viewport: 'phone' },
];
const PATHS = ONE_PER_TYPE.map((p) => p.path);

describe.concurrent(`axe-core ${AXE_TAGS.join(', ')}, one page of each type`, () => {
  for (const variant of VARIANTS)
    it(
      `${describeVariant(variant)}: ${PATHS.join(' ')}`,
      async ({ expect }) => {
        const page = await newVariantPage(site.browser, variant);
        const problems = await checkPages(page, site.url, PATHS, variant);
        await page.context().close();
        expect(problems, problems.join('\n')).toEqual([]);
      },
      180_000, // about 0.7 s a page alone, several times that in a full run
    );
});

it('the check reports planted problems: axe violations, label-in-name included, and sideways scroll', async () => {
  const variant: Variant = { scheme: 'dark', viewport: 'phone' };
  const page = await newVariantPage(site.browser, variant);
  await page.route('**/about/', async (route) => {
    const html = await (await route.fetch()).text();
    const planted =
      '<img src="/favicon.svg"><a href="/" aria-label="首页">镇江方案解读</a><svg width="2000" height="1"></svg>';
    await route.fulfill({
      contentType: 'text/html',
      body: html.replace('</main>', `${planted}</main>`),
    });
  });
  const problems = await checkPages(page, site.url, ['/about/'], variant);
  await page.context().close();
  const found = problems.map((line) =>
    line.match(/^\/about\/ (?:\[([\w-]+)\]|(scrolls sideways))/),
  );
  expect(new Set(found.map((m) => m?.[1] ?? m?.[2])), problems.join('\n')).toEqual(
    new Set(['image-alt', 'label-content-name-mismatch', 'scrolls sideways']),
  );
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
    // The hash changes after the key event is handled; under load, later than press() returns.
    await page.waitForURL((u) => u.hash === '#main', { timeout: 5_000 });
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
