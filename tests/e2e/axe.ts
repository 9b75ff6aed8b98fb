// Axe-core as the accessibility tests run it: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA,
// and label-in-name (WCAG 2.5.3), on a page at a given colour scheme and width.
// axe-core runs in the page itself (the site has no frames): half the time of
// @axe-core/playwright's AxeBuilder, which opens a second tab per run to collect results.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';
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

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * A new tab in a new context of `browser` with the variant's colour scheme and viewport, where
 * every page starts with axe-core loaded: as an init script it costs less CPU than evaluating
 * it after each load.
 */
export async function newVariantPage(
  browser: Browser,
  { scheme, viewport }: Variant,
): Promise<Page> {
  const context = await browser.newContext({ colorScheme: scheme, viewport: VIEWPORTS[viewport] });
  await context.addInitScript(AXE_SOURCE);
  return context.newPage();
}

/** Opens `url` of the site in `page`, and waits for the results when it is a search. */
export async function visit(page: Page, siteUrl: string, url: string): Promise<void> {
  await page.goto(siteUrl + encodeURI(url));
  if (url.startsWith('/search/?q=')) await waitForSearchResults(page);
}

/**
 * Runs axe-core in the open page (evaluated through the DevTools protocol, so the page's
 * own Content-Security-Policy does not block it): the tags and extra rules above, or
 * only `rules` within `include` when given. Returns one line per violating element.
 */
export async function axeViolations(
  page: Page,
  { include, rules }: { include?: string; rules?: string[] } = {},
): Promise<string[]> {
  const options: RunOptions = {
    resultTypes: ['violations'],
    ...(rules
      ? { runOnly: { type: 'rule', values: rules } }
      : {
          runOnly: { type: 'tag', values: AXE_TAGS },
          rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])),
        }),
  };
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const r = await page.evaluate(
    ([context, options]) =>
      (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }
      ).axe.run(context ?? document, options),
    [include ?? null, options] as const,
  );
  return r.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${v.id}] (${v.impact}) ${v.help} — ${n.target.join(' ')} — ${n.html.slice(0, 200)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`,
    ),
  );
}

/**
 * Checks `urls` of the site one after another in `page` (see newVariantPage): axe finds no
 * violation and, on the phone, the page does not scroll sideways. Returns one line per
 * problem, each starting with its URL. One tab for all pages, because a tab per page would
 * start a renderer process, load its fonts and compile axe again for every page.
 */
export async function checkPages(
  page: Page,
  siteUrl: string,
  urls: string[],
  variant: Variant,
): Promise<string[]> {
  const problems: string[] = [];
  for (const url of urls) {
    await visit(page, siteUrl, url);
    for (const v of await axeViolations(page)) problems.push(`${url} ${v}`);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    if (variant.viewport === 'phone' && scrollWidth > clientWidth)
      problems.push(`${url} scrolls sideways: ${scrollWidth} px wide in ${clientWidth} px`);
  }
  return problems;
}
