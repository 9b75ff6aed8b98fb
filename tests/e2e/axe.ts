// Axe-core as the accessibility tests run it: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA,
// and label-in-name (WCAG 2.5.3), on a page at a given colour scheme and width.
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { waitForSearchResults } from './harness.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Rules switched on besides the tags: label-in-name is experimental before
 * axe-core 4.14, so it is named explicitly to run with older versions too.
 */
export const EXTRA_RULES = ['label-content-name-mismatch'];
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 740 },
};
/** A colour scheme and a width to check a page at. */
export interface Variant {
  scheme: 'light' | 'dark';
  viewport: keyof typeof VIEWPORTS;
}
export const describeVariant = ({ scheme, viewport }: Variant) =>
  `${scheme} colour scheme, ${viewport} (${VIEWPORTS[viewport].width} px)`;

/** Opens `url` of the site in a new context of `browser` with the variant's scheme and viewport. */
export async function openVariant(
  browser: Browser,
  siteUrl: string,
  url: string,
  { scheme, viewport }: Variant,
): Promise<Page> {
  // A context of its own, not browser.newPage(): axe opens a second tab in it to gather results.
  const context = await browser.newContext({ colorScheme: scheme, viewport: VIEWPORTS[viewport] });
  const page = await context.newPage();
  await page.goto(siteUrl + encodeURI(url));
  if (url.startsWith('/search/?q=')) await waitForSearchResults(page);
  return page;
}

/** Axe's violations on an open page, one line per element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const rules = Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }]));
  const r = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], rules })
    .withTags(AXE_TAGS)
    .analyze();
  return r.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${v.id}] (${v.impact}) ${v.help} — ${n.target.join(' ')} — ${n.html.slice(0, 200)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`,
    ),
  );
}
